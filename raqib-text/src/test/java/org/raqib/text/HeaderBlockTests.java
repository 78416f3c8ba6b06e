package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HeaderBlockTests {

	private static final String TITLE = "Aid convoy reaches Rafah crossing";

	private static final Article.Caption CAPTION = new Article.Caption("Trucks at Rafah", "(AFP)");

	private static List<DumpLine> lines(String... texts) {
		List<DumpLine> lines = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			lines.add(new DumpLine(2 * i + 1, texts[i]));
		}
		return lines;
	}

	@Test
	void aSignedHeaderEndsAfterTheCaptionsFollowingTheRepeatedTitle() {
		List<DumpLine> lines = lines(TITLE, "Trucks at Rafah (AFP)", "TT", TITLE, "Trucks at Rafah (AFP)", "The convoy crossed.");
		assertThat(HeaderBlock.signedAt(lines, 0, Set.of()))
			.contains(new HeaderBlock(new DumpLine(1, TITLE), null, "TT", List.of(CAPTION), 5, true));
	}

	@Test
	void noSignatureWhenTheTitleIsNotRepeated() {
		assertThat(HeaderBlock.signedAt(lines(TITLE, "TT", "The convoy crossed."), 0, Set.of())).isEmpty();
	}

	@Test
	void noSignatureWhenTheRepeatIsBeyondTheWidestGap() {
		List<String> texts = new ArrayList<>(List.of(TITLE));
		for (int i = 0; i <= HeaderBlock.WIDEST_GAP; i++) {
			texts.add("Trucks at Rafah number " + i + " (AFP)");
		}
		texts.add(TITLE);
		assertThat(HeaderBlock.signedAt(lines(texts.toArray(String[]::new)), 0, Set.of())).isEmpty();
	}

	@Test
	void anUnsignedHeaderEndsAtItsLogoLine() {
		assertThat(HeaderBlock.unsignedAt(lines(TITLE, "Flour and medicine", "TT", "The convoy crossed."), 0, Set.of()))
			.isEqualTo(new HeaderBlock(new DumpLine(1, TITLE), "Flour and medicine", "TT", List.of(), 3, false));
	}

	@Test
	void anUnsignedHeaderWithoutLogoIsTheTitleAndItsCaptions() {
		assertThat(HeaderBlock.unsignedAt(lines(TITLE, "Trucks at Rafah (AFP)", "Flour and medicine", "The convoy crossed."), 0, Set.of()))
			.isEqualTo(new HeaderBlock(new DumpLine(1, TITLE), null, null, List.of(CAPTION), 2, false));
	}

}
