package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** One test per statement-source rule of {@link Sources}, exact inputs and outputs, Arabic and English. */
class SourcesTests {

	@Test
	void theSubjectAfterAnArabicPerfectVerb() {
		String text = "أعلنت وزارة الخارجية المصرية، السبت، أن المرحلة الأولى تبدأ الأحد.";
		assertThat(Sources.find(text)).containsExactly(new StatementSource(6, 28, "وزارة الخارجية المصرية", "أعلنت"));
	}

	@Test
	void anAccordingToCueWithItsLamReadAway() {
		assertThat(Sources.find("ووفقاً للبيان التركي؛ فقد تقرر الاستئناف.")).extracting(StatementSource::who, StatementSource::cue)
			.containsExactly(tuple("البيان التركي", "ووفقاً"));
		assertThat(Sources.find("قتل 12 شخصاً، بحسب وزارة الصحة.")).extracting(StatementSource::who)
			.containsExactly("وزارة الصحة");
	}

	@Test
	void wfqMaDhakarathuIntroducesItsSubject() {
		assertThat(Sources.find("عبرت 65 حالة، وفق ما ذكرته وزارة الصحة في غزة.")).extracting(StatementSource::who)
			.containsExactly("وزارة الصحة");
	}

	@Test
	void wfqBeforeTheAgreementOrAScheduleIsNoSource() {
		assertThat(Sources.find("استمرت الدوريات وفق الجدول المتفق عليه، وفق ما نص عليه الاتفاق.")).isEmpty();
	}

	@Test
	void theSubjectOfKanaReportedByALaterVerb() {
		assertThat(Sources.find("وكانت وزارة العدل الإسرائيلية أعلنت أن 737 معتقلاً سيطلق سراحهم.")).extracting(StatementSource::who)
			.containsExactly("وزارة العدل الإسرائيلية");
	}

	@Test
	void aSubjectBeforeThePerfectVerbWhenNoneFollowsIt() {
		assertThat(Sources.find("لكن الجانب التركي أعلن في بيان أن المحادثات تستكمل اليوم.")).extracting(StatementSource::who)
			.containsExactly("الجانب التركي");
	}

	@Test
	void anImperfectVerbWithItsSubjectAfterIt() {
		assertThat(Sources.find("وتقول مديرة التمريض في المستشفى إن الأقسام عادت للعمل.")).extracting(StatementSource::who)
			.containsExactly("مديرة التمريض");
	}

	@Test
	void anImperfectVerbBeforeItsObjectOrAParticipleNamesNoSource() {
		assertThat(Sources.find("موسكو تؤكد دعم الجيش السوري")).isEmpty();
		assertThat(Sources.find("وقال إن الدعم مستمر، نافياً صحة المعطيات الأميركية.")).isEmpty();
	}

	@Test
	void aPhraseTwoCuesNameIsOneSource() {
		assertThat(Sources.find("عادت الكهرباء، بحسب ما أفادت إدارة المستشفى.")).extracting(StatementSource::who)
			.containsExactly("إدارة المستشفى");
	}

	@Test
	void aPronounSubjectNamesNoSource() {
		assertThat(Sources.find("وأضافت أن الاتصالات مستمرة.")).isEmpty();
		assertThat(Sources.find("Both sides were notified, it added.")).isEmpty();
	}

	@Test
	void theSubjectBeforeAnEnglishVerb() {
		assertThat(Sources.find("Qatar announced a deal. Twelve trucks were turned back, the ministry said."))
			.extracting(StatementSource::who, StatementSource::cue)
			.containsExactly(tuple("Qatar", "announced"),
					tuple("the ministry", "said"));
	}

	@Test
	void englishAccordingTo() {
		assertThat(Sources.find("Only 40,000 litres entered, according to the UN.")).containsExactly(
				new StatementSource(41, 47, "the UN", "according to"));
	}

	@Test
	void aPassiveNamesNoSource() {
		assertThat(Sources.find("No casualties were reported.")).isEmpty();
	}

	@Test
	void verbsInsideQuotationMarksCueNothing() {
		assertThat(Sources.find("وشدد البيان على «أهمية أن تعلن الوزارة خطتها قريباً»."))
			.extracting(StatementSource::who).containsExactly("البيان");
	}

	@Test
	void aSentenceTakesTheSourceNamedInIt() {
		String text = "قالت الأمم المتحدة إن 310 شاحنات دخلت. وأوضح المكتب أن 42 شاحنة أعيدت.";
		int second = text.indexOf("وأوضح");
		assertThat(Sources.forSentence(text, second, text.length())).map(StatementSource::who).hasValue("المكتب");
	}

	@Test
	void aContinuingSentenceTakesTheSourceOfTheSentenceBefore() {
		String text = "أعلنت وزارة الصحة إجلاء 50 مريضاً. وأضافت أن الدفعة التالية ستضم أطفالاً.";
		int second = text.indexOf("وأضافت");
		assertThat(Sources.forSentence(text, second, text.length())).map(StatementSource::who).hasValue("وزارة الصحة");
	}

	@Test
	void anEnglishItAddedTakesTheSourceOfTheSentenceBefore() {
		String text = "No casualties were reported, the cell said in its summary.\n\nBoth sides were notified, it added.";
		int second = text.indexOf("Both");
		assertThat(Sources.forSentence(text, second, text.length())).map(StatementSource::who).hasValue("the cell");
	}

	@Test
	void aSentenceWithoutAReportingVerbHasNoSource() {
		String text = "قالت الوزارة إن العمل مستمر. ووصلت الشاحنات ظهراً.";
		int second = text.indexOf("ووصلت");
		assertThat(Sources.forSentence(text, second, text.length())).isEmpty();
	}

}
