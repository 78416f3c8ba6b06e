package org.raqib.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTitleTests {

	private static final String BODY = "<p id='c'>The committee said on Monday that 85 trucks had crossed.</p>";

	private static String title(String html) {
		Document doc = Jsoup.parse(html);
		return HtmlTitle.find(doc, doc.getElementById("c")).text();
	}

	@Test
	void prefersTheHeadlineInsideTheArticle() {
		assertThat(title("<title>Trucks cross | Desk</title><header><h1>Desk</h1></header>"
				+ "<article><h1>85 trucks cross Kerem Shalom</h1>" + BODY + "</article>"))
			.isEqualTo("85 trucks cross Kerem Shalom");
	}

	@Test
	void thenOpenGraphTitleWithoutTheSiteName() {
		assertThat(title("<meta property='og:site_name' content='المرصد'>"
				+ "<meta property='og:title' content='تسليم القوائم - المرصد'><div>" + BODY + "</div>"))
			.isEqualTo("تسليم القوائم");
	}

	@Test
	void thenTheDocumentTitleWithoutAShortSuffix() {
		assertThat(title("<title>إعادة فتح معبر كرم أبو سالم | شبكة المعابر</title><div>" + BODY + "</div>"))
			.isEqualTo("إعادة فتح معبر كرم أبو سالم");
	}

	@Test
	void aLogoHeadlineInTheSiteHeaderIsNotTheTitle() {
		assertThat(title("<title>Aid arrives - Desk</title><header><h1>Relief Desk</h1></header><div>" + BODY + "</div>"))
			.isEqualTo("Aid arrives");
	}

	@Test
	void keepsALongLastPartThatIsNotASiteName() {
		assertThat(HtmlTitle.withoutSite("Talks resume - mediators expect a deal on the second phase", null))
			.isEqualTo("Talks resume - mediators expect a deal on the second phase");
	}

}
