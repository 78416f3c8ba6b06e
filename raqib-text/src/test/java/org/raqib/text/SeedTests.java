package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real dump the reader was designed on, read from the shared seeds folder (skipped when it is absent). Its
 * text is never copied here: every expectation is computed from the file's own lines, using only its layout
 * (title, subtitle, logo, title again, captions, body; articles three blank lines apart).
 */
class SeedTests {

	private static final String SEED = "000_1d3520ac03fff421.txt";

	private static final String AFP = "(أ.ف.ب)";

	private static List<String> lines;

	private static List<Article> articles;

	@BeforeAll
	static void read() throws IOException {
		Path seed = Stream.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "shared", "seeds"))
			.map(folder -> folder.resolve(SEED))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(seed != null, "the shared seeds folder is absent");
		byte[] bytes = Files.readAllBytes(seed);
		lines = List.of(new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1));
		articles = new DumpReader().read(bytes, SEED);
	}

	@Test
	void readsExactlyTwoArticlesWithTheirTitles() {
		assertThat(articles).extracting(Article::title).containsExactly(lines.get(firstTitle()), lines.get(secondTitle()));
		assertThat(articles).extracting(Article::origin)
			.containsExactly("line " + (firstTitle() + 1), "line " + (secondTitle() + 1));
	}

	@Test
	void theFirstArticleHasItsSubtitleAndTheSecondNone() {
		assertThat(articles.get(0).subtitle()).isEqualTo(lines.get(nextNonBlank(firstTitle())));
		assertThat(articles.get(1).subtitle()).isNull();
	}

	@Test
	void theParagraphsAreExactlyTheBodyLinesOfTheFile() {
		assertThat(articles.get(0).paragraphs()).containsExactlyElementsOf(body(firstTitle(), secondTitle()));
		assertThat(articles.get(1).paragraphs()).containsExactlyElementsOf(body(secondTitle(), lines.size()));
	}

	@Test
	void noBodyHoldsTheLogoTheRepeatedTitleOrACaption() {
		for (Article article : articles) {
			int title = lines.indexOf(article.title());
			List<String> header = header(title);
			assertThat(header).isNotEmpty();
			assertThat(article.paragraphs()).doesNotContainAnyElementsOf(header).doesNotContain(article.title());
		}
	}

	@Test
	void theGazaArticleKeepsItsCaptionOnceWithTheAfpCredit() {
		List<String> captionLines = header(secondTitle()).stream().filter(line -> line.endsWith(AFP)).distinct().toList();
		assertThat(captionLines).hasSize(1);
		String text = captionLines.get(0).substring(0, captionLines.get(0).length() - AFP.length()).strip();
		assertThat(articles.get(1).captions()).containsExactly(new Article.Caption(text, AFP));
		assertThat(articles.get(0).captions()).isEmpty();
	}

	@Test
	void bothArticlesAreArabic() {
		assertThat(articles).extracting(Article::language).containsOnly("ar");
	}

	private static int firstTitle() {
		return nextNonBlank(-1);
	}

	/** The first non-blank line after the first run of three blank lines. */
	private static int secondTitle() {
		for (int i = 3; i < lines.size(); i++) {
			if (lines.get(i - 3).isBlank() && lines.get(i - 2).isBlank() && lines.get(i - 1).isBlank()
					&& !lines.get(i).isBlank()) {
				return i;
			}
		}
		throw new AssertionError("the seed has no second article");
	}

	private static int nextNonBlank(int after) {
		int i = after + 1;
		while (lines.get(i).isBlank()) {
			i++;
		}
		return i;
	}

	private static int repeatedTitle(int title) {
		return lines.subList(title + 1, lines.size()).indexOf(lines.get(title)) + title + 1;
	}

	/** The non-blank lines between the title and its repetition (subtitle, logo, captions). */
	private static List<String> header(int title) {
		return lines.subList(title + 1, repeatedTitle(title)).stream().filter(line -> !line.isBlank()).toList();
	}

	/** The non-blank lines after the repeated title that are not header lines (so not captions), up to {@code end}. */
	private static List<String> body(int title, int end) {
		List<String> header = header(title);
		List<String> body = new ArrayList<>();
		for (String line : lines.subList(repeatedTitle(title) + 1, end)) {
			if (!line.isBlank() && !header.contains(line)) {
				body.add(line.strip());
			}
		}
		return body;
	}

}
