package org.raqib.text;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlCanonicalTests {

	@Test
	void readsTheCanonicalLink() {
		assertThat(HtmlCanonical.find(Jsoup.parse("<link rel='canonical' href='https://a.example/x'>"
				+ "<meta property='og:url' content='https://a.example/y'>"))).isEqualTo("https://a.example/x");
	}

	@Test
	void thenOpenGraphUrl() {
		assertThat(HtmlCanonical.find(Jsoup.parse("<meta property='og:url' content='https://a.example/y'>")))
			.isEqualTo("https://a.example/y");
	}

	@Test
	void aRelativeCanonicalIsNotAnAddress() {
		assertThat(HtmlCanonical.find(Jsoup.parse("<link rel='canonical' href='/x'>"))).isNull();
	}

}
