package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where sentences end, in Arabic and English, each rule with its exact input and output. */
class SentencesTests {

	static List<String> texts(String text) {
		return Sentences.split(text).stream().map(Sentences.Sentence::text).toList();
	}

	@Test
	void splitsAtEnglishStops() {
		assertThat(texts("Trucks crossed. Did they arrive? Yes!")).containsExactly("Trucks crossed.",
				"Did they arrive?", "Yes!");
	}

	@Test
	void splitsAtTheArabicQuestionMarkAndFullStop() {
		assertThat(texts("هل عبرت الشاحنات؟ نعم، عبرت صباحًا. ثم عادت")).containsExactly("هل عبرت الشاحنات؟",
				"نعم، عبرت صباحًا.", "ثم عادت");
	}

	@Test
	void doesNotSplitNumbers() {
		assertThat(texts("About 3.5 tonnes and 1.890 people. Then more.")).containsExactly(
				"About 3.5 tonnes and 1.890 people.", "Then more.");
	}

	@Test
	void doesNotSplitInsideAnAgencyCredit() {
		assertThat(texts("دخلت الشاحنات (أ.ف.ب). وعادت")).containsExactly("دخلت الشاحنات (أ.ف.ب).", "وعادت");
	}

	@Test
	void doesNotSplitAfterAbbreviationsOrInitials() {
		assertThat(texts("Mr. Smith met the U.S. envoy and J. Doe. They agreed.")).containsExactly(
				"Mr. Smith met the U.S. envoy and J. Doe.", "They agreed.");
	}

	@Test
	void aQuotationThatContinuesStaysOneSentence() {
		assertThat(texts("قال المتحدث «توقفت الاشتباكات. وعاد الهدوء» مساء أمس. ثم غادر")).containsExactly(
				"قال المتحدث «توقفت الاشتباكات. وعاد الهدوء» مساء أمس.", "ثم غادر");
	}

	@Test
	void aClosingQuoteAfterTheStopStaysWithItsSentence() {
		assertThat(texts("He said \"it is over.\" Then he left.")).containsExactly("He said \"it is over.\"",
				"Then he left.");
	}

	@Test
	void aLineBreakEndsASentenceAndOffsetsPointIntoTheText() {
		String text = "First line\n  Second line.";
		List<Sentences.Sentence> sentences = Sentences.split(text);
		assertThat(sentences).extracting(Sentences.Sentence::text).containsExactly("First line", "Second line.");
		Sentences.Sentence second = sentences.get(1);
		assertThat(text.substring(second.start(), second.end())).isEqualTo("Second line.");
	}

}
