package org.raqib.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlContentTests {

	private static final String P = "<p>The committee said on Monday that 85 trucks had crossed, and that inspections"
			+ " would continue through the night.</p>";

	@Test
	void thePlainStoryBeatsALinkedListOfSummaries() {
		Element body = Jsoup.parse("<div id='a'>" + P + P + "</div><div id='b'>"
				+ "<p><a href='/1'>Aid agencies warn of fuel shortages at southern hospitals, as winter sets in</a></p>"
				+ "<p><a href='/2'>Crossing hours extended for medical evacuations, health officials say</a></p>"
				+ "<p><a href='/3'>Families return to Jabalia, to find the water network destroyed</a></p></div>")
			.body();
		assertThat(HtmlContent.find(body).id()).isEqualTo("a");
	}

	@Test
	void anArticleBodyMarkBeatsAnUnmarkedBlockOfTheSameSize() {
		Element body = Jsoup.parse("<div id='a'>" + P + "</div><div id='b' itemprop='articleBody'>" + P + "</div>")
			.body();
		assertThat(HtmlContent.find(body).id()).isEqualTo("b");
	}

	@Test
	void aBoxWithABoilerplateNameLoses() {
		Element body = Jsoup.parse("<div class='popular' id='a'>" + P + P + "</div><div id='b'>" + P + "</div>").body();
		assertThat(HtmlContent.find(body).id()).isEqualTo("b");
	}

	@Test
	void noParagraphLongEnoughMeansNoContent() {
		assertThat(HtmlContent.find(Jsoup.parse("<div><p>404</p><p>Not found.</p></div>").body())).isNull();
	}

}
