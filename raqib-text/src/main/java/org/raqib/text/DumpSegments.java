package org.raqib.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts the non-blank lines of a dump into articles, each with its header. An article starts at a signed header
 * (title … logo … same title), wherever it is; at the first line; after a run of {@value #ARTICLE_BREAK} or more
 * blank lines; and where a logo line this file already used turns up in a body, which is a header whose title
 * was not repeated.
 */
final class DumpSegments {

	/** Articles in the dumps seen are three blank lines apart; paragraphs at most one. */
	static final int ARTICLE_BREAK = 3;

	private DumpSegments() {
	}

	/** An article's header and the index just past its last line. */
	record Segment(HeaderBlock header, int end) {
	}

	static List<Segment> of(List<DumpLine> lines) {
		Set<String> logos = logosOf(lines);
		List<HeaderBlock> headers = headers(lines, logos);
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			int next = i + 1 < headers.size() ? indexOf(lines, headers.get(i + 1).title()) : lines.size();
			segments.add(new Segment(headers.get(i), next));
		}
		return segments;
	}

	/** The logo lines the signed headers of this dump use. */
	static Set<String> logosOf(List<DumpLine> lines) {
		Set<String> logos = new LinkedHashSet<>();
		for (HeaderBlock header : headers(lines, Set.of())) {
			if (header.signed() && header.logo() != null) {
				logos.add(header.logo());
			}
		}
		return logos;
	}

	private static List<HeaderBlock> headers(List<DumpLine> lines, Set<String> logos) {
		List<HeaderBlock> headers = new ArrayList<>();
		int bodyStart = 0;
		int at = 0;
		while (at < lines.size()) {
			HeaderBlock header = HeaderBlock.signedAt(lines, at, logos).orElse(null);
			if (header == null && (at == 0 || blanksBefore(lines, at) >= ARTICLE_BREAK)) {
				header = HeaderBlock.unsignedAt(lines, at, logos);
			}
			if (header == null && logos.contains(lines.get(at).text())) {
				header = HeaderBlock.unsignedAt(lines, titleBeforeLogo(lines, at, bodyStart), logos);
			}
			if (header == null) {
				at++;
				continue;
			}
			headers.add(header);
			bodyStart = header.end();
			at = Math.max(header.end(), at + 1);
		}
		return headers;
	}

	/**
	 * The title of a header met inside a body: the line before the logo (over any captions), or the one before
	 * that when both look like headlines, the nearer then being the subtitle.
	 */
	private static int titleBeforeLogo(List<DumpLine> lines, int logo, int bodyStart) {
		int title = logo - 1;
		while (title > bodyStart && Captions.is(lines.get(title).text())) {
			title--;
		}
		if (title - 1 >= bodyStart && Headlines.isHeadlineLike(lines.get(title - 1).text())
				&& Headlines.isHeadlineLike(lines.get(title).text())) {
			title--;
		}
		return Math.max(title, bodyStart);
	}

	private static int blanksBefore(List<DumpLine> lines, int at) {
		int before = at == 0 ? 0 : lines.get(at - 1).number();
		return lines.get(at).number() - before - 1;
	}

	private static int indexOf(List<DumpLine> lines, DumpLine line) {
		return lines.indexOf(line);
	}

}
