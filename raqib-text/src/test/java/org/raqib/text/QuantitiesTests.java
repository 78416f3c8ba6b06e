package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.raqib.text.Quantity.Bound;

class QuantitiesTests {

	private static List<Quantity> ar(String text) {
		return Quantities.find(text, "ar");
	}

	private static List<Quantity> en(String text) {
		return Quantities.find(text, "en");
	}

	@Test
	void countedNounPastTanweenGivesTheMeasureAndOffsetsPointIntoTheOriginal() {
		String text = "أطلق سراح ٣٣ محتجزاً.";
		Quantity q = ar(text).get(0);
		assertThat(q.surface()).isEqualTo("٣٣ محتجزاً");
		assertThat(text.substring(q.start(), q.end())).isEqualTo(q.surface());
		assertThat(q.value()).isEqualTo(33);
		assertThat(q.measure()).isEqualTo("held-persons-released");
	}

	@Test
	void multipliersAfterDigits() {
		assertThat(ar("عاد 300 ألف نازح")).extracting(Quantity::value, Quantity::measure)
			.containsExactly(tuple(300_000L, "returnees"));
		assertThat(en("1.5 million people")).extracting(Quantity::value).containsExactly(1_500_000L);
	}

	@Test
	void dualNounsCountTwo() {
		assertThat(ar("وصلت شاحنتين")).extracting(Quantity::value, Quantity::measure)
			.containsExactly(tuple(2L, "aid-trucks"));
		assertThat(ar("من الاتجاهين")).isEmpty();
	}

	@Test
	void boundsBeforeAndAfter() {
		assertThat(ar("قتل أكثر من 46899 فلسطينيا")).extracting(Quantity::bound, Quantity::measure)
			.containsExactly(tuple(Bound.MORE_THAN, "killed"));
		assertThat(ar("نحو 6 ساعات")).extracting(Quantity::bound, Quantity::measure)
			.containsExactly(tuple(Bound.ABOUT, "duration-hours"));
		assertThat(ar("33 قتيلا على الأقل")).extracting(Quantity::bound).containsExactly(Bound.AT_LEAST);
		assertThat(en("fewer than 200 injured")).extracting(Quantity::bound).containsExactly(Bound.LESS_THAN);
		assertThat(en("up to 600 trucks")).extracting(Quantity::bound).containsExactly(Bound.AT_MOST);
	}

	@Test
	void ranges() {
		assertThat(ar("بين 990 و1650 شاحنة")).extracting(Quantity::value, Quantity::upper, Quantity::bound)
			.containsExactly(tuple(990L, 1650L, Bound.RANGE));
		assertThat(ar("من 990 إلى 1650")).extracting(Quantity::upper).containsExactly(1650L);
		assertThat(en("990-1,650 trucks")).extracting(Quantity::upper).containsExactly(1650L);
	}

	@Test
	void vagueQuantities() {
		assertThat(en("dozens of wounded")).extracting(Quantity::value, Quantity::upper, Quantity::bound)
			.containsExactly(tuple(10L, 99L, Bound.VAGUE));
	}

	@Test
	void yearsDatesTimesAndPercentagesAreLeftOut() {
		assertThat(ar("في 19 يناير 2025 الساعة 14,00 ت غ، و40 في المئة و14:00")).isEmpty();
		assertThat(en("on January 19, 3.5 percent, from 7am, on the M4")).isEmpty();
	}

	@Test
	void contextRetypesTheMeasure() {
		assertThat(ar("وأعيدت 42 شاحنة")).extracting(Quantity::measure).containsExactly("trucks-rejected");
		assertThat(ar("30 شاحنة حملت وقودا")).extracting(Quantity::measure).containsExactly("fuel-trucks");
		assertThat(ar("40 جريحا للعلاج")).extracting(Quantity::measure).containsExactly("patients");
		assertThat(ar("يعيش 1890 فلسطينيا هنا")).extracting(Quantity::measure).containsOnlyNulls();
	}

	@Test
	void aNumberWithoutAMeasuredNounIsKept() {
		assertThat(en("29 were resolved")).extracting(Quantity::value, Quantity::measure)
			.containsExactly(tuple(29L, null));
	}

}
