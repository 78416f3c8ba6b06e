package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DumpLinesTests {

	@Test
	void numbersLinesEndedByLfCrLfAndLoneCr() {
		assertThat(DumpLines.of("a\nb\r\nc\rd")).containsExactly(new DumpLine(1, "a"), new DumpLine(2, "b"),
				new DumpLine(3, "c"), new DumpLine(4, "d"));
	}

	@Test
	void keepsBlankLinesSoNumbersStayTrue() {
		assertThat(DumpLines.of("\n\nعنوان\n")).containsExactly(new DumpLine(1, ""), new DumpLine(2, ""),
				new DumpLine(3, "عنوان"));
	}

	@Test
	void stripsSpacesNoBreakSpacesAndDirectionMarks() {
		assertThat(DumpLines.of(" \u200Fمعبر رفح\u00A0\t")).containsExactly(new DumpLine(1, "معبر رفح"));
	}

	@Test
	void anEmptyTextHasNoLines() {
		assertThat(DumpLines.of("")).isEmpty();
	}

}
