package org.raqib.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlBoilerplateTests {

	private static final String STORY = "<article><p>القصة نفسها.</p></article>";

	private static String cleaned(String around) {
		Document doc = Jsoup.parse("<body>" + around.replace("STORY", STORY) + "</body>");
		Element article = doc.selectFirst("article");
		HtmlBoilerplate.remove(doc.body(), article);
		return PageText.text(doc.body());
	}

	@Test
	void removesNavigation() {
		assertThat(cleaned("<nav><a href='/'>الرئيسية</a></nav>STORY")).isEqualTo("القصة نفسها.");
	}

	@Test
	void removesThePageHeaderAndFooter() {
		assertThat(cleaned("<header>الرصد</header>STORY<footer>جميع الحقوق محفوظة</footer>")).isEqualTo("القصة نفسها.");
	}

	@Test
	void keepsTheArticlesOwnHeader() {
		Document doc = Jsoup.parse("<article><header><h1>العنوان</h1></header><p>النص.</p></article>");
		HtmlBoilerplate.remove(doc.body(), doc.selectFirst("article"));
		assertThat(PageText.text(doc.body())).isEqualTo("العنوان النص.");
	}

	@Test
	void removesTheBreakingNewsTicker() {
		assertThat(cleaned("<div class='breaking-news'><span>عاجل</span> <a>وصول الوفد</a></div>STORY"))
			.isEqualTo("القصة نفسها.");
	}

	@Test
	void removesAMostReadBoxByItsClass() {
		assertThat(cleaned("STORY<aside class='most-read'><h3>الأكثر قراءة</h3><a>خبر آخر</a></aside>"))
			.isEqualTo("القصة نفسها.");
	}

	@Test
	void removesAMostReadBoxByItsHeadingAlone() {
		assertThat(cleaned("STORY<section><h2>الأكثر قراءة</h2><ol><li><a href='/1'>خبر آخر طويل</a></li></ol></section>"))
			.isEqualTo("القصة نفسها.");
	}

	@Test
	void removesRelatedLinksShareButtonsCommentsAdsAndCookieBanners() {
		assertThat(cleaned("<div id='cookie-banner'>We use cookies</div>STORY<ul class='share-buttons'><li>Share</li></ul>"
				+ "<section class='related-stories'><a>Other</a></section><div id='comments'>A comment</div>"
				+ "<div class='ad-slot'>Advertisement</div>")).isEqualTo("القصة نفسها.");
	}

	@Test
	void keepsTheArticleWhenTheElementAroundItHasABoilerplateName() {
		assertThat(cleaned("<div class='layout-with-sidebar'>STORY</div>")).isEqualTo("القصة نفسها.");
	}

	@Test
	void classWordsMatchWholeNotInsideOtherWords() {
		assertThat(HtmlBoilerplate.isBoilerplateName("ad-slot")).isTrue();
		assertThat(HtmlBoilerplate.isBoilerplateName("headline")).isFalse();
		assertThat(HtmlBoilerplate.isBoilerplateName("shared-content")).isFalse();
	}

}
