package org.raqib.text;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticlesTests {

	private static String layout(String text) {
		return Articles.layout(text.getBytes(StandardCharsets.UTF_8), "input");
	}

	@Test
	void aJsonObjectFirstIsJsonLines() {
		assertThat(layout("\n{\"title\": \"T\"}\n")).isEqualTo("jsonl");
	}

	@Test
	void anRssRootIsAFeed() {
		assertThat(layout("<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss version=\"2.0\"><channel/></rss>")).isEqualTo("feed");
	}

	@Test
	void anAtomRootIsAFeed() {
		assertThat(layout("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>")).isEqualTo("feed");
	}

	@Test
	void anRdfRootIsAFeed() {
		assertThat(layout("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>")).isEqualTo("feed");
	}

	@Test
	void anHtmlDoctypeIsHtml() {
		assertThat(layout("<!DOCTYPE html>\n<title>x</title>")).isEqualTo("html");
	}

	@Test
	void anHtmlElementIsHtml() {
		assertThat(layout("<html lang=\"ar\"><body></body></html>")).isEqualTo("html");
	}

	@Test
	void manyTagsWithoutHtmlElementIsHtml() {
		assertThat(layout("<div><h1>T</h1><p>a</p><p>b</p><p>c</p><p>d</p></div>")).isEqualTo("html");
	}

	@Test
	void plainTextIsADump() {
		assertThat(layout("دخول 240 شاحنة مساعدات\n\nأعلنت الأمم المتحدة دخول 240 شاحنة <محملة>.")).isEqualTo("dump");
	}

	@Test
	void nothingToReadIsEmpty() {
		assertThatThrownBy(() -> layout(" \n\n"))
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.EMPTY, "byte 0");
	}

	@Test
	void readsWithTheReaderOfItsLayout() {
		assertThat(Articles.read("{\"title\": \"T\"}".getBytes(StandardCharsets.UTF_8), "in.jsonl"))
			.extracting(Article::origin)
			.containsExactly("record 1");
	}

	@Test
	void readsADumpWithTheDumpReader() {
		String dump = "دخول 240 شاحنة مساعدات عبر معبر رفح\n\nأعلنت الأمم المتحدة، صباح الثلاثاء، دخول 240 شاحنة محملة"
				+ " بالغذاء والدواء إلى قطاع غزة عبر معبر رفح.\n";
		byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
		assertThat(Articles.layout(bytes, "d.txt")).isEqualTo("dump");
		assertThat(Articles.read(bytes, "d.txt")).isEqualTo(new DumpReader().read(bytes, "d.txt"));
	}

}
