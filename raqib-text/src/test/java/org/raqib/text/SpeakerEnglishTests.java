package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerEnglishTests {

	private static String before(String text, String verb) {
		List<ReportingToken> tokens = ReportingToken.of(text);
		int at = tokens.stream().map(ReportingToken::text).toList().indexOf(verb);
		SpeakerPhrase phrase = SpeakerEnglish.before(text, tokens, at);
		return phrase == null ? null : phrase.text();
	}

	private static String after(String text) {
		SpeakerPhrase phrase = SpeakerEnglish.after(text, ReportingToken.of(text), 0);
		return phrase == null ? null : phrase.text();
	}

	@Test
	void thePhraseBeforeTheVerbBackToTheClauseStart() {
		assertThat(before("A second group was released, the joint committee said.", "said")).isEqualTo("the joint committee");
		assertThat(before("The World Health Organization said more", "said")).isEqualTo("The World Health Organization");
		assertThat(before("Hamas handed the names over and officials said so", "said")).isEqualTo("officials");
	}

	@Test
	void anApposedNameBetweenCommas() {
		assertThat(before("The cell's head, Colonel Anders Berg, said", "said")).isEqualTo("Colonel Anders Berg");
	}

	@Test
	void ofTwoApposedPhrasesTheCapitalisedNameWins() {
		assertThat(before("Tom Fletcher, the UN relief chief, wrote", "wrote")).isEqualTo("Tom Fletcher");
	}

	@Test
	void andBetweenCapitalisedWordsJoinsThem() {
		assertThat(before("went as planned, Egyptian and Qatari mediators said", "said")).isEqualTo("Egyptian and Qatari mediators");
	}

	@Test
	void aPassiveHasNoSpeaker() {
		assertThat(before("No casualties were reported.", "reported")).isNull();
	}

	@Test
	void thePhraseAfterStopsAtAPrepositionOrPunctuation() {
		assertThat(after("Rik Peeperkorn, the WHO representative.")).isEqualTo("Rik Peeperkorn");
		assertThat(after("UN figures published on Monday")).isEqualTo("UN figures");
		assertThat(after("the civil defence, but")).isEqualTo("the civil defence");
	}

	@Test
	void aPronounIsMarkedAsSuch() {
		String text = "he added";
		assertThat(SpeakerPhrase.of(text, ReportingToken.of(text), 0, 1).isPronoun()).isTrue();
	}

	@Test
	void aVerbAfterAClosingQuoteIsInverted() {
		List<ReportingToken> tokens = ReportingToken.of("\"We are home,\" said Mona");
		assertThat(SpeakerEnglish.inverted(tokens, 6)).isTrue();
		assertThat(SpeakerEnglish.inverted(ReportingToken.of("the office said"), 2)).isFalse();
	}

}
