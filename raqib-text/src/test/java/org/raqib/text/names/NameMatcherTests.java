package org.raqib.text.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Pairs of persons and their verdicts and reasons. */
class NameMatcherTests {

	private final NameMatcher matcher = new NameMatcher();

	private NameMatch compare(String a, String b) {
		return this.matcher.compare(NameRecord.of("a", a), NameRecord.of("b", b));
	}

	@Test
	void arabicAndLatinSpellingsOfOnePersonMatch() {
		NameMatch match = compare("محمد أحمد علي الحداد", "Muhammad Ahmed Ali al-Haddad");
		assertThat(match.verdict()).isEqualTo(Verdict.MATCHED);
		assertThat(match.reasons()).contains(MatchReason.OTHER_SCRIPT, MatchReason.NAMES_AGREE);
	}

	@Test
	void mahmoudIsNotMohammed() {
		NameMatch match = compare("Mahmoud Ahmad al-Haddad", "Mohammed Ahmad al-Haddad");
		assertThat(match.verdict()).isEqualTo(Verdict.UNMATCHED);
		assertThat(match.reasons()).contains(MatchReason.GIVEN_NAME_DIFFERS, MatchReason.LOOK_ALIKE);
	}

	@Test
	void hassanIsNotHusseinSalehNotSalahKamalNotJamalOmarNotAmr() {
		assertThat(compare("Hassan Ali Odeh", "Hussein Ali Odeh").verdict()).isEqualTo(Verdict.UNMATCHED);
		assertThat(compare("صالح عمر الخطيب", "Salah Omar al-Khatib").verdict()).isEqualTo(Verdict.UNMATCHED);
		assertThat(compare("Kamal Ziad al-Farra", "Jamal Ziad al-Farra").verdict()).isEqualTo(Verdict.UNMATCHED);
		assertThat(compare("عمر سامي العطار", "عمرو سامي العطار").verdict()).isEqualTo(Verdict.UNMATCHED);
	}

	@Test
	void aMissingGrandfatherStillMatches() {
		NameMatch match = compare("Mohammed Ahmad Ali al-Haddad", "محمد أحمد الحداد");
		assertThat(match.verdict()).isEqualTo(Verdict.MATCHED);
		assertThat(match.reasons()).contains(MatchReason.PART_MISSING);
	}

	@Test
	void missingFatherAndGrandfatherIsOnlyProbable() {
		assertThat(compare("Mohammed Ahmad Ali al-Haddad", "Mohammed al-Haddad").verdict()).isEqualTo(Verdict.PROBABLE);
	}

	@Test
	void familyFirstIsAnOrderSwap() {
		NameMatch match = compare("AL-KHATIB, Khaled Yousef", "Khaled Yousef al-Khatib");
		assertThat(match.verdict()).isEqualTo(Verdict.MATCHED);
		assertThat(match.reasons()).contains(MatchReason.ORDER_SWAPPED);
	}

	@Test
	void anotherFatherIsAnotherPerson() {
		NameMatch match = compare("Mohammed Ahmad Ali al-Haddad", "Mohammed Khaled Ali al-Haddad");
		assertThat(match.verdict()).isEqualTo(Verdict.UNMATCHED);
		assertThat(match.reasons()).contains(MatchReason.FATHER_NAME_DIFFERS);
	}

	@Test
	void anAgreeingIdNumberMakesAMatch() {
		NameMatch match = this.matcher.compare(new NameRecord("a", List.of("Mohd Haddad"), "912-345-678", null),
				new NameRecord("b", List.of("Mohammed Ahmad Ali al-Haddad"), "912345678", null));
		assertThat(match.verdict()).isEqualTo(Verdict.MATCHED);
		assertThat(match.reasons()).contains(MatchReason.ID_AGREES);
	}

	@Test
	void aConflictingIdNumberOrBirthYearOutweighsTheName() {
		NameMatch byId = this.matcher.compare(new NameRecord("a", List.of("Mohammed Ahmad al-Haddad"), "401234567", null),
				new NameRecord("b", List.of("Mohammed Ahmad al-Haddad"), "409876543", null));
		NameMatch byYear = this.matcher.compare(new NameRecord("a", List.of("Omar Sami al-Attar"), null, 1945),
				new NameRecord("b", List.of("Omar Sami al-Attar"), null, 2001));
		assertThat(byId.verdict()).isEqualTo(Verdict.UNMATCHED);
		assertThat(byId.reasons()).contains(MatchReason.ID_CONFLICTS);
		assertThat(byYear.verdict()).isEqualTo(Verdict.UNMATCHED);
		assertThat(byYear.reasons()).contains(MatchReason.BIRTH_YEAR_CONFLICTS);
	}

	@Test
	void theBestOfTheScriptsAListGivesCounts() {
		NameMatch match = this.matcher.compare(new NameRecord("a", List.of("نوعا ليفين", "Noa Levin", "נועה לוין"), null, null),
				NameRecord.of("b", "נועה לוין"));
		assertThat(match.score()).isEqualTo(1.0);
	}

	@Test
	void reasonCodesAreKebabCase() {
		assertThat(MatchReason.BIRTH_YEAR_CONFLICTS.code()).isEqualTo("birth-year-conflicts");
	}

}
