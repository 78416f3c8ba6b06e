package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerMentionsTests {

	private static String resolve(String text, String verb) {
		List<ReportingToken> tokens = ReportingToken.of(text);
		int at = tokens.stream().map(ReportingToken::text).toList().lastIndexOf(verb);
		SpeakerPhrase phrase = new SpeakerMentions(text, tokens).resolve(at);
		return phrase == null ? null : phrase.text();
	}

	@Test
	void theLatestSpeakerBeforeInTheSameParagraph() {
		assertThat(resolve("قال لافروف إن التفاهم قائم. وقال بيسكوف إن الدعم مستمر. وأضاف أن", "وأضاف")).isEqualTo("بيسكوف");
	}

	@Test
	void theParagraphBeforeWhenTheParagraphHasNone() {
		assertThat(resolve("قالت الوزارة إن العمل مستمر.\n\nوأضافت أن", "وأضافت")).isEqualTo("الوزارة");
	}

	@Test
	void noFartherThanTheParagraphBefore() {
		assertThat(resolve("قالت الوزارة إن العمل مستمر.\n\nوصلت الشاحنات.\n\nوأضافت أن", "وأضافت")).isNull();
	}

	@Test
	void verbsInsideAQuotationNameNoOne() {
		assertThat(resolve("ووفقاً للبيان التركي؛ فقد «أكد وفدنا الحاجة إلى التهدئة». وأضاف أن", "وأضاف"))
			.isEqualTo("البيان التركي");
	}

	@Test
	void aKanaSubjectOfTheSameSentenceNamesTheSpeaker() {
		String text = "وكانت وزارة العدل الإسرائيلية أعلنت أن 737 معتقلاً سيطلق سراحهم.";
		List<ReportingToken> tokens = ReportingToken.of(text);
		assertThat(new SpeakerMentions(text, tokens).named(4).text()).isEqualTo("وزارة العدل الإسرائيلية");
	}

}
