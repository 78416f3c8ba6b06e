package org.raqib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The header of one article in a text dump: its title line, subtitle, logo line and captions, and where its
 * body begins ({@code end}, an index into the non-blank lines). A <em>signed</em> header is the dump's
 * signature <em>title … logo … same title</em>; it is what tells articles apart, since the number of blank lines
 * between articles is not reliable. An unsigned header is the fallback for a dump that does not repeat titles.
 */
record HeaderBlock(DumpLine title, @Nullable String subtitle, @Nullable String logo, List<Article.Caption> captions,
		int end, boolean signed) {

	/** Subtitle, logo and a caption shown twice before and twice after the title fit with room to spare. */
	static final int WIDEST_GAP = 8;

	HeaderBlock {
		captions = List.copyOf(captions);
	}

	/** The signed header whose title is line {@code at}, if the title is repeated after a valid gap. */
	static Optional<HeaderBlock> signedAt(List<DumpLine> lines, int at, Set<String> knownLogos) {
		String title = lines.get(at).text();
		if (!Headlines.isHeadlineLike(title) || knownLogos.contains(title) || Captions.is(title)) {
			return Optional.empty();
		}
		int last = Math.min(lines.size() - 1, at + 1 + WIDEST_GAP);
		for (int repeat = at + 1; repeat <= last; repeat++) {
			if (lines.get(repeat).text().equals(title)) {
				int bodyFrom = repeat + 1;
				return HeaderGap.of(lines.subList(at + 1, repeat), knownLogos)
					.map(gap -> finish(lines, at, gap, bodyFrom, true, knownLogos));
			}
		}
		return Optional.empty();
	}

	/**
	 * The header of an article whose title, line {@code at}, is not repeated: a logo line within the gap ends it,
	 * with a subtitle before the logo; without a logo only the captions right after the title belong to it.
	 */
	static HeaderBlock unsignedAt(List<DumpLine> lines, int at, Set<String> knownLogos) {
		int last = Math.min(lines.size() - 1, at + 1 + WIDEST_GAP);
		for (int logo = at + 1; logo <= last; logo++) {
			String text = lines.get(logo).text();
			if (signedAt(lines, logo, knownLogos).isPresent()) {
				break;
			}
			if (knownLogos.contains(text) || Logos.isLogoLike(text)) {
				Optional<HeaderGap> gap = HeaderGap.of(lines.subList(at + 1, logo + 1), knownLogos);
				if (gap.isPresent()) {
					return finish(lines, at, gap.get(), logo + 1, false, knownLogos);
				}
				break;
			}
		}
		return finish(lines, at, new HeaderGap(null, null, List.of()), at + 1, false, knownLogos);
	}

	/** Takes in the captions and exact repeats of header lines that follow; the body starts after them. */
	private static HeaderBlock finish(List<DumpLine> lines, int at, HeaderGap gap, int from, boolean signed,
			Set<String> knownLogos) {
		String title = lines.get(at).text();
		List<Article.Caption> captions = new ArrayList<>(gap.captions());
		int end = from;
		while (end < lines.size()) {
			String text = lines.get(end).text();
			Optional<Article.Caption> caption = Captions.of(text);
			if (caption.isPresent()) {
				if (!captions.contains(caption.get())) {
					captions.add(caption.get());
				}
			}
			else if (!text.equals(title) && !text.equals(gap.subtitle()) && !text.equals(gap.logo())
					&& !knownLogos.contains(text)) {
				break;
			}
			end++;
		}
		return new HeaderBlock(lines.get(at), gap.subtitle(), gap.logo(), captions, end, signed);
	}

}
