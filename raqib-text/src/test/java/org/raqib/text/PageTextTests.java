package org.raqib.text;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTextTests {

	private static List<String> blocks(String html) {
		return PageText.blocks(Jsoup.parseBodyFragment(html).body()).stream().map(PageText::text).toList();
	}

	@Test
	void cleansNoBreakSpacesAndRuns() {
		assertThat(PageText.clean("  معبر\u00A0رفح \n\t اليوم ")).isEqualTo("معبر رفح اليوم");
	}

	@Test
	void blocksAreParagraphsInOrder() {
		assertThat(blocks("<div><p>الأولى</p><p>الثانية</p></div>")).containsExactly("الأولى", "الثانية");
	}

	@Test
	void aDivWithOnlyTextIsABlock() {
		assertThat(blocks("<div class='body'><div>First paragraph.</div><div>Second <b>one</b>.</div></div>"))
			.containsExactly("First paragraph.", "Second one.");
	}

	@Test
	void aParagraphInsideABlockquoteCountsOnce() {
		assertThat(blocks("<blockquote><p>Quoted words.</p></blockquote>")).containsExactly("Quoted words.");
	}

	@Test
	void captionsAreNotBlocks() {
		assertThat(blocks("<p>Body.</p><figure><figcaption><p>Caption (AFP)</p></figcaption></figure>"))
			.containsExactly("Body.");
	}

	@Test
	void linkDensityIsTheShareOfLinkText() {
		Element e = Jsoup.parseBodyFragment("<p>abcd<a href='#'>efgh</a></p>").body().child(0);
		assertThat(PageText.linkDensity(e)).isEqualTo(0.5);
	}

	@Test
	void eachCaptionOnceWithItsCredit() {
		Element body = Jsoup.parseBodyFragment("<figure><figcaption>حافلة في رام الله (رويترز)</figcaption></figure>"
				+ "<figure><figcaption>حافلة في رام الله (رويترز)</figcaption></figure>").body();
		assertThat(PageText.captions(body)).containsExactly(new Article.Caption("حافلة في رام الله", "(رويترز)"));
	}

	@Test
	void aCreditSpanIsTheCredit() {
		Element body = Jsoup.parseBodyFragment(
				"<figure><figcaption>A pipeline <span class='credit'>Photo: Desk</span></figcaption></figure>").body();
		assertThat(PageText.captions(body)).containsExactly(new Article.Caption("A pipeline", "Photo: Desk"));
	}

	@Test
	void aFragmentWithParagraphsGivesThem() {
		assertThat(PageText.fragmentParagraphs("<p>One.</p>\n<p>Two.</p>")).containsExactly("One.", "Two.");
	}

	@Test
	void aFragmentOfTextSplitsAtDoubleBreaksAndBlankLines() {
		assertThat(PageText.fragmentParagraphs("One.<br/><br/>Two.\n\nThree.")).containsExactly("One.", "Two.",
				"Three.");
	}

	@Test
	void aFragmentsCaptionsAreNotItsParagraphs() {
		String html = "<p>Body.</p><figure><figcaption>Trucks (AFP)</figcaption></figure>";
		assertThat(PageText.fragmentParagraphs(html)).containsExactly("Body.");
		assertThat(PageText.fragmentCaptions(html)).containsExactly(new Article.Caption("Trucks", "(AFP)"));
	}

}
