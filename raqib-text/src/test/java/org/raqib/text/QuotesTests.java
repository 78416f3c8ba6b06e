package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One test per quotation rule of {@link Quotes}, exact inputs and outputs, Arabic and English. */
class QuotesTests {

	@Test
	void arabicVerbThenSpeakerThenInnaAttributesTheGuillemets() {
		String text = "وقال بيسكوف إن «موسكو ستواصل دعم العمليات ضد المسلحين».";
		assertThat(Quotes.find(text)).containsExactly(new Quote(16, 53, "موسكو ستواصل دعم العمليات ضد المسلحين",
				"بيسكوف", 5, 11, "وقال", false));
	}

	@Test
	void aTitleAndANameAreTheSpeakerAsWritten() {
		String text = "وأكد وزير الخارجية الروسي سيرغي لافروف أن «الاتصالات بين العسكريين دائمة».";
		Quote quote = Quotes.find(text).get(0);
		assertThat(quote.speaker()).isEqualTo("وزير الخارجية الروسي سيرغي لافروف");
		assertThat(text.substring(quote.speakerStart(), quote.speakerEnd())).isEqualTo(quote.speaker());
		assertThat(quote.verb()).isEqualTo("وأكد");
	}

	@Test
	void aSpokespersonForAnOfficeIsOneSpeaker() {
		String text = "قال المتحدث باسم الكرملين دميتري بيسكوف إن «الحوار مستمر مع أنقرة على كل المستويات».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly("المتحدث باسم الكرملين دميتري بيسكوف");
	}

	@Test
	void aPrepositionAfterTheVerbEndsTheSpeaker() {
		String text = "وشدد الوزير الروسي على أن «العسكريين على تواصل دائم في المنطقة».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly("الوزير الروسي");
	}

	@Test
	void aPronounContinuationTakesThePreviousSpeakerOfTheParagraph() {
		String text = "وقال لافروف إن «التفاهم قائم بين العسكريين». وأضاف: «نأمل أن يطرحوا أفكاراً لخفض التوتر».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly("لافروف", "لافروف");
		assertThat(Quotes.find(text).get(1).verb()).isEqualTo("وأضاف");
	}

	@Test
	void aContinuationOpeningAParagraphTakesTheSpeakerOfTheParagraphBefore() {
		String text = "وقال متحدث باسم اللجنة إن القوائم سلمت.\n\nوأضاف أن «أي تأخير سيسجل كخرق للاتفاق».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly("متحدث باسم اللجنة");
	}

	@Test
	void theSubjectOfKanaEarlierInTheSentenceSpeaksForALaterVerb() {
		String text = "وكان المتحدث باسم البيت الأبيض جود دير، تعقيباً على الاتصال، أوضح أن «الرئيس طلب وقف الدعم فوراً».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly("المتحدث باسم البيت الأبيض جود دير");
	}

	@Test
	void anAccordingToCueAfterTheQuotationAttributesIt() {
		String text = "«القوائم ستسلم قبل أربع وعشرين ساعة»، بحسب بيسكوف.";
		assertThat(Quotes.find(text)).containsExactly(new Quote(1, 35, "القوائم ستسلم قبل أربع وعشرين ساعة", "بيسكوف",
				43, 49, "بحسب", false));
	}

	@Test
	void anAccordingToCueBeforeTheQuotationAttributesItWithoutItsLam() {
		String text = "ووفقاً للبيان التركي؛ فقد «أكد وفدنا الحاجة إلى التخفيف الفوري للتوترات».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly("البيان التركي");
	}

	@Test
	void aVerbWithWawAfterAQuotationReportsWhatFollowsNotTheQuotation() {
		String text = "طالب ترمب بأن «تتوقف موسكو عن دعم الحكومة السورية»، وقال بيسكوف إن «الدعم سيستمر في كل الأحوال».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly(null, "بيسكوف");
	}

	@Test
	void aShortSpanWithoutAVerbIntroducingItIsAScareQuote() {
		String text = "وأشار لافروف إلى «تفاهم كامل» بين الطرفين.";
		assertThat(Quotes.find(text)).containsExactly(new Quote(18, 28, "تفاهم كامل", null, -1, -1, null, true));
	}

	@Test
	void aKnownNameInGuillemetsIsAScareQuoteEvenAfterAVerb() {
		String text = "وقال المصدر إن «حماس» سلمت القائمة. وصل مسلحو «جبهة النصرة» إلى المنطقة. على طريق «إم 4».";
		assertThat(Quotes.find(text)).extracting(Quote::quoted, Quote::speaker, Quote::scare).containsExactly(
				tuple("حماس", null, true),
				tuple("جبهة النصرة", null, true),
				tuple("إم 4", null, true));
	}

	@Test
	void aShortSpanIntroducedDirectlyByAVerbIsAQuote() {
		String text = "وقال بيسكوف: «لن نتراجع».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker, Quote::scare)
			.containsExactly(tuple("بيسكوف", false));
	}

	@Test
	void aNameInGuillemetsInsideTheSpeakerStaysInIt() {
		String text = "وقالت حركة «حماس» في بيان إن «الإفراج سيتم وفق الترتيبات المعتادة».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly(null, "حركة «حماس»");
	}

	@Test
	void aLongQuotationWithoutAnyVerbHasNoSpeakerAndIsNoScareQuote() {
		String text = "ورفعت لافتات كتب عليها «نريد العودة إلى بيوتنا في الشمال».";
		assertThat(Quotes.find(text)).extracting(Quote::speaker, Quote::scare)
			.containsExactly(tuple(null, false));
	}

	@Test
	void englishSpeakerBeforeTheVerbAndAColon() {
		String text = "The US envoy Steve Witkoff said: \"We expect the talks to begin on schedule.\"";
		assertThat(Quotes.find(text)).containsExactly(new Quote(34, 75, "We expect the talks to begin on schedule.",
				"The US envoy Steve Witkoff", 0, 26, "said", false));
	}

	@Test
	void englishSpeakerAfterTheQuotationEitherOrder() {
		List<Quote> quotes = Quotes.find("\u201cWe are going home,\u201d said Mona Saleh, a mother of four. "
				+ "\"The exchange will follow the usual arrangements,\" the movement said.");
		assertThat(quotes).extracting(Quote::speaker).containsExactly("Mona Saleh", "the movement");
	}

	@Test
	void englishPronounTakesThePreviousSpeaker() {
		String text = "Layla Haddad said: \"The lines must be agreed in writing.\" \"Both sides know it,\" she added.";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly("Layla Haddad", "Layla Haddad");
	}

	@Test
	void englishApposedNameIsTheSpeaker() {
		String text = "The cell's head, Colonel Anders Berg, said that \"no conclusions should be drawn yet\".";
		assertThat(Quotes.find(text)).extracting(Quote::speaker).containsExactly("Colonel Anders Berg");
	}

	@Test
	void englishScareQuotesAreShortSpansNoVerbIntroduces() {
		String text = "The committee rejected an expansion of the \"buffer zone\" and called the walk a \"long walk\".";
		assertThat(Quotes.find(text)).extracting(Quote::quoted, Quote::scare).containsExactly(
				tuple("buffer zone", true),
				tuple("long walk", true));
	}

}
