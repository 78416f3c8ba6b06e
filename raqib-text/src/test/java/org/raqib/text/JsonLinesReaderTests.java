package org.raqib.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonLinesReaderTests {

	private static List<Article> read(String lines) {
		return new JsonLinesReader().read(lines.getBytes(StandardCharsets.UTF_8), "in.jsonl");
	}

	private static byte[] broken(String name) throws IOException {
		try (InputStream in = JsonLinesReaderTests.class.getResourceAsStream("/broken/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void theBodySplitsAtBlankLinesAndJoinsWrappedLines() {
		assertThat(read("{\"title\": \"T\", \"body\": \"One\\nwrapped.\\n\\n\\nTwo.\"}").get(0).paragraphs())
			.containsExactly("One wrapped.", "Two.");
	}

	@Test
	void paragraphsMayComeAsAnArrayWithoutBlankOnes() {
		assertThat(read("{\"title\": \"T\", \"paragraphs\": [\"One.\", \" \", \"Two.\"]}").get(0).paragraphs())
			.containsExactly("One.", "Two.");
	}

	@Test
	void captionsAsStringsHaveTheirCreditSplitAndAsObjectsKeepIt() {
		assertThat(read("{\"title\": \"T\", \"captions\": [\"Trucks (AFP)\", {\"text\": \"Buses\", \"credit\": \"(AP)\"}]}")
			.get(0)
			.captions()).containsExactly(new Article.Caption("Trucks", "(AFP)"), new Article.Caption("Buses", "(AP)"));
	}

	@Test
	void aCaptionRepeatedIsKeptOnce() {
		assertThat(read("{\"title\": \"T\", \"captions\": [\"Trucks (AFP)\", {\"text\": \"Trucks\", \"credit\": \"(AFP)\"}]}")
			.get(0)
			.captions()).containsExactly(new Article.Caption("Trucks", "(AFP)"));
	}

	@Test
	void theRecordNumberIsItsLineAcrossBlankLines() {
		assertThat(read("{\"title\": \"A\"}\n\n{\"title\": \"B\"}\n")).extracting(Article::origin)
			.containsExactly("record 1", "record 3");
	}

	@Test
	void readsUrlPublishedLanguageAndSource() {
		Article article = read("{\"title\": \"T\", \"url\": \"https://a.example/1\", \"published\": \"2025-02-03T12:00:00+02:00\","
				+ " \"language\": \"ar\", \"source\": \"Desk\"}").get(0);
		assertThat(article.url()).isEqualTo("https://a.example/1");
		assertThat(article.published()).isEqualTo(Instant.parse("2025-02-03T10:00:00Z"));
		assertThat(article.language()).isEqualTo("ar");
		assertThat(article.source()).isEqualTo("Desk");
	}

	@Test
	void theLanguageComesFromTheLettersWhenNotGiven() {
		assertThat(read("{\"title\": \"دخول 600 شاحنة\", \"body\": \"دخلت الشاحنات.\"}").get(0).language()).isEqualTo("ar");
	}

	@Test
	void aPublishedTimeThatIsNotIsoIsAFormatError() {
		assertThatThrownBy(() -> read("{\"title\": \"T\", \"published\": \"yesterday\"}"))
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.FORMAT, "line 1");
	}

	@Test
	void badJsonIsAFormatErrorAtItsLine() throws IOException {
		byte[] bytes = broken("jsonl-bad-line.jsonl");
		assertThatThrownBy(() -> new JsonLinesReader().read(bytes, "x.jsonl")).isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.FORMAT, "line 2");
	}

	@Test
	void aLastLineCutOffIsTruncatedAtItsLine() throws IOException {
		byte[] bytes = broken("jsonl-truncated.jsonl");
		assertThatThrownBy(() -> new JsonLinesReader().read(bytes, "x.jsonl")).isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.TRUNCATED, "line 3");
	}

	@Test
	void aRecordWithoutTitleIsAMissingFieldAtItsLine() throws IOException {
		byte[] bytes = broken("jsonl-without-title.jsonl");
		assertThatThrownBy(() -> new JsonLinesReader().read(bytes, "x.jsonl")).isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.MISSING_FIELD, "line 3");
	}

	@Test
	void aLineThatIsNotAnObjectIsAFormatError() {
		assertThatThrownBy(() -> read("{\"title\": \"A\"}\n[1, 2]\n"))
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.FORMAT, "line 2");
	}

}
