package org.raqib.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSubtitleTests {

	private static final String BODY = "<div id='c'><p>The committee said on Monday that 85 trucks had crossed.</p></div>";

	private static String subtitle(String html) {
		Document doc = Jsoup.parse(html);
		return HtmlSubtitle.find(doc, HtmlTitle.find(doc, doc.getElementById("c")), doc.getElementById("c"));
	}

	@Test
	void anH2RightAfterTheHeadline() {
		assertThat(subtitle("<article><h1>Trucks cross</h1><h2>Inspections resume</h2>" + BODY + "</article>"))
			.isEqualTo("Inspections resume");
	}

	@Test
	void skipsTheBylineAndTimeBetween() {
		assertThat(subtitle("<article><h1>Trucks cross</h1><div class='article-meta'>By Desk</div>"
				+ "<time datetime='2025-01-01'>1 Jan</time><p class='standfirst'>Inspections resume</p>" + BODY
				+ "</article>")).isEqualTo("Inspections resume");
	}

	@Test
	void aPlainParagraphAfterTheHeadlineIsNotASubtitle() {
		assertThat(subtitle("<article><h1>Trucks cross</h1>" + BODY + "</article>")).isNull();
	}

	@Test
	void aDescriptionShownOnThePageOutsideTheBody() {
		assertThat(subtitle("<meta property='og:description' content='Inspections resume'><article><h1>Trucks cross</h1>"
				+ "<div>Inspections resume</div>" + BODY + "</article>")).isEqualTo("Inspections resume");
	}

	@Test
	void aDescriptionOnlySearchEnginesSeeIsNotASubtitle() {
		assertThat(subtitle("<meta property='og:description' content='Exclusive coverage'><article><h1>Trucks cross</h1>"
				+ BODY + "</article>")).isNull();
	}

	@Test
	void aDescriptionThatIsTheFirstParagraphIsNotASubtitle() {
		assertThat(subtitle("<meta name='description' content='The committee said on Monday that 85 trucks had crossed.'>"
				+ "<article><h1>Trucks cross</h1>" + BODY + "</article>")).isNull();
	}

}
