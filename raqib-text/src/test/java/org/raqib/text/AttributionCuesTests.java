package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributionCuesTests {

	private static int according(String text) {
		return AttributionCues.according(ReportingToken.of(text), 0);
	}

	@Test
	void arabicCuesPointAtTheWordAfterThem() {
		assertThat(according("بحسب الوزارة")).isEqualTo(1);
		assertThat(according("ووفقاً للبيان")).isEqualTo(1);
		assertThat(according("نقلاً عن مصدر")).isEqualTo(2);
		assertThat(according("وفق ما ذكرته الوزارة")).isEqualTo(3);
		assertThat(according("وفق بيانات صادرة عن وزارة الصحة")).isEqualTo(4);
	}

	@Test
	void englishAccordingToPointsAfterTo() {
		assertThat(according("according to the UN")).isEqualTo(2);
	}

	@Test
	void theAgreementAScheduleOrAnUnreportedMaAreNoCue() {
		assertThat(according("وفق الاتفاق")).isEqualTo(-1);
		assertThat(according("وفق الجدول")).isEqualTo(-1);
		assertThat(according("وفق ما نص عليه الاتفاق")).isEqualTo(-1);
		assertThat(according("accordingly")).isEqualTo(-1);
	}

	@Test
	void kanaAndKanatWithOrWithoutWaw() {
		assertThat(AttributionCues.isKaan(ReportingToken.of("وكانت").get(0))).isTrue();
		assertThat(AttributionCues.isKaan(ReportingToken.of("كان").get(0))).isTrue();
		assertThat(AttributionCues.isKaan(ReportingToken.of("مكان").get(0))).isFalse();
	}

}
