package org.raqib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads plain-text news dumps: articles one after another, each with a header (title, optional subtitle, a logo
 * line, the title again, photo captions ending in an agency credit) and then its paragraphs, one a line, with
 * or without blank lines between them. The rules, numbered, are in the module's README under "Boundary rules for
 * text dumps"; {@link DumpSegments} finds the articles and {@link HeaderBlock} reads each header.
 */
public final class DumpReader implements ArticleReader {

	@Override
	public List<Article> read(byte[] bytes, String source) {
		List<DumpLine> lines = nonBlank(DumpLines.of(Utf8.decode(bytes)));
		if (lines.isEmpty()) {
			throw new TextException(TextException.Problem.EMPTY, "line 1", "the dump has no text");
		}
		List<DumpSegments.Segment> segments = DumpSegments.of(lines);
		List<Article> articles = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			articles.add(article(lines, segments.get(i), i == segments.size() - 1, source));
		}
		return articles;
	}

	private static Article article(List<DumpLine> lines, DumpSegments.Segment segment, boolean last, String source) {
		HeaderBlock header = segment.header();
		List<Article.Caption> captions = new ArrayList<>(header.captions());
		List<String> paragraphs = new ArrayList<>();
		for (DumpLine line : lines.subList(Math.min(header.end(), segment.end()), segment.end())) {
			Optional<Article.Caption> caption = Captions.of(line.text());
			if (caption.isEmpty()) {
				paragraphs.add(line.text());
			}
			else if (!captions.contains(caption.get())) {
				captions.add(caption.get());
			}
		}
		String where = "line " + header.title().number();
		if (last && (paragraphs.isEmpty() || !header.signed() && isHeaderOnly(paragraphs))) {
			throw new TextException(TextException.Problem.TRUNCATED, where,
					"the dump ends in the header of the article that starts here");
		}
		if (paragraphs.isEmpty()) {
			throw new TextException(TextException.Problem.MISSING_FIELD, where, "the article has no body");
		}
		String title = header.title().text();
		String language = Languages.of(title + "\n" + String.join("\n", paragraphs));
		return new Article(source, null, null, language, title, header.subtitle(), captions, paragraphs, where);
	}

	/** Only headline-like lines: what a header cut off before its logo line or repeated title leaves. */
	private static boolean isHeaderOnly(List<String> paragraphs) {
		return paragraphs.stream().allMatch(Headlines::isHeadlineLike);
	}

	private static List<DumpLine> nonBlank(List<DumpLine> lines) {
		return lines.stream().filter(line -> !line.isBlank()).toList();
	}

}
