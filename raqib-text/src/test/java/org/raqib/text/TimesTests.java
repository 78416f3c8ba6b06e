package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimesTests {

	/** A Tuesday. */
	private static final Instant TUESDAY = Instant.parse("2025-01-21T10:00:00Z");

	private static List<TimeExpression> find(String text) {
		return Times.find(text, TUESDAY, ZoneOffset.UTC);
	}

	private static TimeExpression day(int start, int end, String surface, String date) {
		return new TimeExpression(start, end, surface, LocalDate.parse(date), null, null, "day");
	}

	@Test
	void resolvesYesterdayTodayTomorrow() {
		assertThat(find("أمس واليوم وغداً")).containsExactly(day(0, 3, "أمس", "2025-01-20"),
				day(5, 10, "اليوم", "2025-01-21"), day(12, 15, "غدا", "2025-01-22"));
		assertThat(find("yesterday, today, tomorrow")).extracting(TimeExpression::date)
			.containsExactly(LocalDate.parse("2025-01-20"), LocalDate.parse("2025-01-21"), LocalDate.parse("2025-01-22"));
	}

	@Test
	void takesTheParenthesisedCorrection() {
		assertThat(find("وستستأنف المحادثات غداً (اليوم) صباحاً")).first()
			.isEqualTo(day(19, 31, "غداً (اليوم)", "2025-01-21"));
	}

	@Test
	void doesNotReadTheFirstDayAsToday() {
		assertThat(find("في اليوم الأول")).isEmpty();
	}

	@Test
	void resolvesAWeekdayToTheNearest() {
		assertThat(find("أعلنت الخارجية، السبت")).containsExactly(day(16, 21, "السبت", "2025-01-18"));
		assertThat(find("on Thursday")).containsExactly(day(0, 11, "on Thursday", "2025-01-23"));
	}

	@Test
	void resolvesAWeekdayByItsContextWord() {
		assertThat(find("الأحد المقبل")).containsExactly(day(0, 12, "الأحد المقبل", "2025-01-26"));
		assertThat(find("الأحد الماضي")).containsExactly(day(0, 12, "الأحد الماضي", "2025-01-19"));
		assertThat(find("last Friday")).containsExactly(day(0, 11, "last Friday", "2025-01-17"));
	}

	@Test
	void leavesRelativeDaysUnresolvedWithoutPublication() {
		assertThat(Times.find("يوم الأحد", null, ZoneOffset.UTC)).containsExactly(
				new TimeExpression(0, 9, "يوم الأحد", null, null, null, "relative"));
	}

	@Test
	void readsGreenwichClockTimes() {
		assertThat(find("قبل الساعة 14,00 ت غ")).containsExactly(new TimeExpression(4, 20, "الساعة 14,00 ت غ", null,
				LocalTime.of(14, 0), ZoneOffset.UTC, "time"));
		assertThat(find("at 14:00 GMT")).containsExactly(new TimeExpression(3, 12, "14:00 GMT", null,
				LocalTime.of(14, 0), ZoneOffset.UTC, "time"));
	}

	@Test
	void leavesDecimalNumbersAlone() {
		assertThat(find("ارتفع 14,50 في المئة")).isEmpty();
	}

	@Test
	void readsOrdinalHourWordsWithThePartOfDay() {
		assertThat(find("الساعة السابعة صباحاً والساعة الرابعة عصراً")).extracting(TimeExpression::time)
			.containsExactly(LocalTime.of(7, 0), LocalTime.of(16, 0));
		assertThat(find("الساعة العاشرة والنصف ليلاً")).extracting(TimeExpression::time)
			.containsExactly(LocalTime.of(22, 30));
	}

	@Test
	void readsEnglishClockTimes() {
		assertThat(find("at 7 a.m. and from 7am to 7pm")).extracting(TimeExpression::surface, TimeExpression::time)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("7 a.m.", LocalTime.of(7, 0)),
					org.assertj.core.groups.Tuple.tuple("7am", LocalTime.of(7, 0)),
					org.assertj.core.groups.Tuple.tuple("7pm", LocalTime.of(19, 0)));
	}

	@Test
	void readsMonthsWithTheirLevantinePair() {
		assertThat(find("مطلع فبراير (شباط) وفي شباط (فبراير)")).containsExactly(
				new TimeExpression(5, 18, "فبراير (شباط)", LocalDate.parse("2025-02-01"), null, null, "month"),
				new TimeExpression(23, 36, "شباط (فبراير)", LocalDate.parse("2025-02-01"), null, null, "month"));
	}

	@Test
	void readsArabicDatesWithDayAndYear() {
		assertThat(find("19 يناير (كانون الثاني) 2025")).containsExactly(new TimeExpression(0, 28,
				"19 يناير (كانون الثاني) 2025", LocalDate.parse("2025-01-19"), null, null, "date"));
		assertThat(find("الرابع من يونيو (حزيران) 1967")).extracting(TimeExpression::date)
			.containsExactly(LocalDate.parse("1967-06-04"));
	}

	@Test
	void readsEnglishDates() {
		assertThat(find("on 19 January 2025 and Jan. 19")).extracting(TimeExpression::surface, TimeExpression::date)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("19 January 2025", LocalDate.parse("2025-01-19")),
					org.assertj.core.groups.Tuple.tuple("Jan. 19", LocalDate.parse("2025-01-19")));
	}

	@Test
	void takesTheYearNearestPublication() {
		assertThat(find("في 28 ديسمبر")).extracting(TimeExpression::date).containsExactly(LocalDate.parse("2024-12-28"));
	}

	@Test
	void leavesAYearlessDateRelativeWithoutPublication() {
		assertThat(Times.find("Jan. 19", null, ZoneOffset.UTC)).extracting(TimeExpression::kind)
			.containsExactly("relative");
	}

	@Test
	void doesNotTakeVerbsForMonths() {
		assertThat(find("مارس الضغط and you may go")).isEmpty();
	}

}
