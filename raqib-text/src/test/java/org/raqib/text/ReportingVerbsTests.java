package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingVerbsTests {

	private static ReportingToken word(String text) {
		return new ReportingToken(text, ReportingToken.key(text), 0, text.length());
	}

	@Test
	void arabicFormsWithAProcliticAreReportingVerbs() {
		for (String verb : new String[] { "قال", "وقالت", "يقول", "فأكد", "أعلنت", "مضيفاً", "مشيراً", "وشدد", "ولفت",
				"صرح", "ذكرت", "تابع", "اعتبر", "رأى" }) {
			assertThat(ReportingVerbs.isReporting(word(verb))).as(verb).isTrue();
		}
	}

	@Test
	void englishVerbsAreReportingVerbs() {
		assertThat(ReportingVerbs.isReporting(word("said"))).isTrue();
		assertThat(ReportingVerbs.isReporting(word("told"))).isTrue();
		assertThat(ReportingVerbs.isReporting(word("stressed"))).isTrue();
	}

	@Test
	void verbsCueSourcesVerbalNounsDoNot() {
		assertThat(ReportingVerbs.cuesSource(word("أعلنت"))).isTrue();
		assertThat(ReportingVerbs.cuesSource(word("وتقول"))).isTrue();
		assertThat(ReportingVerbs.cuesSource(word("إعلان"))).isFalse();
		assertThat(ReportingVerbs.cuesSource(word("مضيفاً"))).isFalse();
		assertThat(ReportingVerbs.isNoun(word("إعلان"))).isTrue();
	}

	@Test
	void onlyPerfectFormsArePerfect() {
		assertThat(ReportingVerbs.isPerfect(word("وأعلن"))).isTrue();
		assertThat(ReportingVerbs.isPerfect(word("يعلن"))).isFalse();
	}

	@Test
	void ordinaryWordsAreNot() {
		assertThat(ReportingVerbs.isReporting(word("وقف"))).isFalse();
		assertThat(ReportingVerbs.isReporting(word("قالب"))).isFalse();
		assertThat(ReportingVerbs.isReporting(word("saidi"))).isFalse();
	}

	@Test
	void continuingVerbsCarryOnAStatement() {
		assertThat(ReportingVerbs.continues(word("وأضاف"))).isTrue();
		assertThat(ReportingVerbs.continues(word("added"))).isTrue();
		assertThat(ReportingVerbs.continues(word("وقال"))).isFalse();
	}

}
