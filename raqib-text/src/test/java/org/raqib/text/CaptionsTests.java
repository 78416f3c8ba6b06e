package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionsTests {

	@Test
	void splitsTheCreditFromTheText() {
		assertThat(Captions.of("أطفال ينتظرون قرب نقطة توزيع المساعدات في خان يونس (أ.ف.ب)"))
			.contains(new Article.Caption("أطفال ينتظرون قرب نقطة توزيع المساعدات في خان يونس", "(أ.ف.ب)"));
	}

	@Test
	void theDashOrColonBeforeTheCreditGoesWithIt() {
		assertThat(Captions.of("Aid trucks queue at Kerem Shalom — (Reuters)"))
			.contains(new Article.Caption("Aid trucks queue at Kerem Shalom", "(Reuters)"));
		assertThat(Captions.of("Aid trucks queue at Kerem Shalom: (AP)"))
			.contains(new Article.Caption("Aid trucks queue at Kerem Shalom", "(AP)"));
	}

	@Test
	void aLongLineEndingInACreditIsBody() {
		String line = "word ".repeat(Captions.MOST_WORDS + 1) + "(AFP)";
		assertThat(Captions.of(line)).isEmpty();
	}

	@Test
	void aLineOfNothingButACreditIsNoCaption() {
		assertThat(Captions.of("(AFP)")).isEmpty();
	}

	@Test
	void aLineWithoutCreditIsNoCaption() {
		assertThat(Captions.is("Aid trucks queue at Kerem Shalom")).isFalse();
	}

}
