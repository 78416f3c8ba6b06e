package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HeaderGapTests {

	private static List<DumpLine> lines(String... texts) {
		List<DumpLine> lines = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			lines.add(new DumpLine(i + 1, texts[i]));
		}
		return lines;
	}

	@Test
	void readsSubtitleLogoAndCaptionsCountingDuplicatesOnce() {
		assertThat(HeaderGap.of(lines("Second exchange completed", "Trucks at Rafah (AFP)", "Trucks at Rafah (AFP)", "TT"), Set.of()))
			.contains(new HeaderGap("Second exchange completed", "TT", List.of(new Article.Caption("Trucks at Rafah", "(AFP)"))));
	}

	@Test
	void anEmptyGapIsValid() {
		assertThat(HeaderGap.of(List.of(), Set.of())).contains(new HeaderGap(null, null, List.of()));
	}

	@Test
	void aLoneShortLineIsTheLogo() {
		assertThat(HeaderGap.of(lines("Asharq"), Set.of())).contains(new HeaderGap(null, "Asharq", List.of()));
	}

	@Test
	void aKnownLogoWinsOverTheLastShortLine() {
		assertThat(HeaderGap.of(lines("TT", "Aid resumes"), Set.of("TT")))
			.contains(new HeaderGap("Aid resumes", "TT", List.of()));
	}

	@Test
	void twoSubtitlesAreNoGap() {
		assertThat(HeaderGap.of(lines("Second exchange completed", "Crossing reopens at dawn"), Set.of())).isEmpty();
	}

	@Test
	void aSentenceIsNoSubtitle() {
		assertThat(HeaderGap.of(lines("The committee met on Tuesday.", "TT"), Set.of())).isEmpty();
	}

}
