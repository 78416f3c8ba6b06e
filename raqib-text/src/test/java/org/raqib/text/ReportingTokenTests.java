package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingTokenTests {

	@Test
	void wordsAndMarksWithOffsets() {
		assertThat(ReportingToken.of("وقال: «نعم»")).containsExactly(new ReportingToken("وقال", "وقال", 0, 4),
				new ReportingToken(":", ":", 4, 5), new ReportingToken("«", "«", 6, 7),
				new ReportingToken("نعم", "نعم", 7, 10), new ReportingToken("»", "»", 10, 11));
	}

	@Test
	void theKeyDropsHarakatAndTatweelAndUnifiesAlifYaAndTaMarbuta() {
		assertThat(ReportingToken.key("مضيفاً")).isEqualTo("مضيفا");
		assertThat(ReportingToken.key("ثمّنت")).isEqualTo("ثمنت");
		assertThat(ReportingToken.key("أكـــد")).isEqualTo("اكد");
		assertThat(ReportingToken.key("رأى")).isEqualTo("راي");
		assertThat(ReportingToken.key("اللجنة")).isEqualTo("اللجنه");
		assertThat(ReportingToken.key("Said")).isEqualTo("said");
	}

	@Test
	void apostrophesHyphensAndNumbersStayInsideWords() {
		assertThat(ReportingToken.of("agency's al-Din 40,000 3.5")).extracting(ReportingToken::text)
			.containsExactly("agency's", "al-Din", "40,000", "3.5");
	}

}
