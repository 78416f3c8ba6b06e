package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The phrase after a verb: each test gives the words after the verb and the speaker they yield. */
class SpeakerArabicTests {

	private static String after(String text) {
		List<ReportingToken> tokens = ReportingToken.of(text);
		SpeakerPhrase phrase = SpeakerArabic.after(text, tokens, 0);
		return phrase == null ? null : phrase.text();
	}

	@Test
	void aNameAloneEndsAtTheConnective() {
		assertThat(after("بيسكوف إن الدعم مستمر")).isEqualTo("بيسكوف");
		assertThat(after("لافروف أنه قد")).isEqualTo("لافروف");
	}

	@Test
	void definiteWordsAndComplementsOfIndefiniteOnesChain() {
		assertThat(after("وزارة الخارجية المصرية، السبت")).isEqualTo("وزارة الخارجية المصرية");
		assertThat(after("مكتب تنسيق الشؤون الإنسانية أن")).isEqualTo("مكتب تنسيق الشؤون الإنسانية");
		assertThat(after("متحدث باسم اللجنة إن")).isEqualTo("متحدث باسم اللجنة");
	}

	@Test
	void anUndefinedWordAfterADefiniteOneIsTheObjectNotTheSubject() {
		assertThat(after("السلطات المصرية إعادة فتح معبر رفح أمام المسافرين")).isEqualTo("السلطات المصرية");
		assertThat(after("لجنة التنسيق بدخول 180 شاحنة")).isEqualTo("لجنة التنسيق");
	}

	@Test
	void aNameAfterATitleBelongsToIt() {
		assertThat(after("وزير الخارجية سيرغي لافروف عن وجود")).isEqualTo("وزير الخارجية سيرغي لافروف");
		assertThat(after("المتحدث باسم الكرملين دميتري بيسكوف إن")).isEqualTo("المتحدث باسم الكرملين دميتري بيسكوف");
		assertThat(after("وزير الخارجية القطري محمد بن عبد الرحمن أن")).isEqualTo("وزير الخارجية القطري محمد بن عبد الرحمن");
	}

	@Test
	void anOpenHeadTakesAPlaceAfterFiOrMin() {
		assertThat(after("مسؤول في وكالة أونروا إن")).isEqualTo("مسؤول في وكالة أونروا");
		assertThat(after("مصادر في المعبر إن")).isEqualTo("مصادر في المعبر");
		assertThat(after("المركز في بيان إن")).isEqualTo("المركز");
	}

	@Test
	void aStandaloneNameTakesNoComplement() {
		assertThat(after("قطر التوصل إلى اتفاق")).isEqualTo("قطر");
		assertThat(after("قطر التي أدت وساطة")).isEqualTo("قطر");
	}

	@Test
	void aConnectivePunctuationOrNumberFirstMeansAPronounSubject() {
		assertThat(after("أن الدفعة تأخرت")).isNull();
		assertThat(after(": «نعم»")).isNull();
		assertThat(after("65 حالة")).isNull();
	}

	@Test
	void aNameEndsBeforeAWordWithLilPreposition() {
		assertThat(after("رئيس اللجنة العميد خالد منصور للصحافيين: «لا خرق»")).isEqualTo("رئيس اللجنة العميد خالد منصور");
	}

	@Test
	void aSubjectRightBeforeAPerfectVerbAfterLakinOrTheSentenceStart() {
		String text = "لكن الجانب الإسرائيلي أعلن في بيان أن قواته ردت.";
		List<ReportingToken> tokens = ReportingToken.of(text);
		assertThat(SpeakerArabic.before(text, tokens, 3).text()).isEqualTo("الجانب الإسرائيلي");
	}

	@Test
	void noSubjectBeforeAnImperfectVerbOrAfterAnotherWord() {
		String text = "لكن الجانب الإسرائيلي يعلن. وصلت الشاحنات أعلنت";
		List<ReportingToken> tokens = ReportingToken.of(text);
		assertThat(SpeakerArabic.before(text, tokens, 3)).isNull();
		assertThat(SpeakerArabic.before(text, tokens, 7)).isNull();
	}

	@Test
	void aNameInGuillemetsStaysInThePhrase() {
		assertThat(after("حركة «حماس» في بيان")).isEqualTo("حركة «حماس»");
	}

}
