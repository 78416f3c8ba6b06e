package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DumpSegmentsTests {

	private static List<DumpLine> nonBlank(String text) {
		return DumpLines.of(text).stream().filter(line -> !line.isBlank()).toList();
	}

	@Test
	void cutsAtEachSignatureAndEndsEachSegmentAtTheNextTitle() {
		List<DumpLine> lines = nonBlank("A title\nTT\nA title\nBody one.\nB title\nTT\nB title\nBody two.");
		assertThat(DumpSegments.of(lines)).extracting(s -> s.header().title().number(), DumpSegments.Segment::end)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 4), org.assertj.core.groups.Tuple.tuple(5, 8));
	}

	@Test
	void cutsAfterThreeBlankLinesButNotAfterTwo() {
		List<DumpLine> lines = nonBlank("A title\nBody one.\n\n\nMore of one.\n\n\n\nB title\nBody two.");
		assertThat(DumpSegments.of(lines)).extracting(s -> s.header().title().text()).containsExactly("A title", "B title");
	}

	@Test
	void learnsTheLogoWordsOfSignedHeaders() {
		assertThat(DumpSegments.logosOf(nonBlank("A title\nAsharq\nA title\nBody one."))).containsExactly("Asharq");
	}

}
