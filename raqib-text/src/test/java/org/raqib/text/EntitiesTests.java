package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntitiesTests {

	@Test
	void findsANameAfterTheConjunction() {
		assertThat(Entities.find("قصف في حلب وإدلب")).containsExactly(
				new EntityMention(7, 10, "حلب", "aleppo", "place"), new EntityMention(12, 16, "إدلب", "idlib", "place"));
	}

	@Test
	void findsAMultiWordNameAfterTheConjunction() {
		assertThat(Entities.find("ومعبر رفح")).containsExactly(
				new EntityMention(1, 9, "معبر رفح", "rafah-crossing", "place"));
	}

	@Test
	void prefersTheLongestName() {
		assertThat(Entities.find("ووزارة الخارجية المصرية")).containsExactly(
				new EntityMention(1, 23, "وزارة الخارجية المصرية", "egypt-mfa", "organisation"));
	}

	@Test
	void findsANameAfterPrepositionAndArticle() {
		assertThat(Entities.find("اجتمعوا بالدوحة")).containsExactly(new EntityMention(9, 15, "الدوحة", "doha", "place"));
	}

	@Test
	void findsANameAfterThePreposition() {
		assertThat(Entities.find("لحماس")).containsExactly(new EntityMention(1, 5, "حماس", "hamas", "organisation"));
	}

	@Test
	void readsLamLamAsTheArticle() {
		assertThat(Entities.find("تقرير للأمم المتحدة")).extracting(EntityMention::surface, EntityMention::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("لأمم المتحدة", "un"));
	}

	@Test
	void doesNotFindAShortNameInsideAWord() {
		assertThat(Entities.find("مصرف قطرات المطر رفحاء")).isEmpty();
	}

	@Test
	void doesNotJoinWordsAcrossQuotes() {
		assertThat(Entities.find("حركة «حماس»")).containsExactly(
				new EntityMention(6, 10, "حماس", "hamas", "organisation"));
	}

	@Test
	void matchesEnglishInAnyCaseWithThePossessive() {
		assertThat(Entities.find("EGYPT's foreign ministry and qatar")).containsExactly(
				new EntityMention(0, 24, "EGYPT's foreign ministry", "egypt-mfa", "organisation"),
				new EntityMention(29, 34, "qatar", "qatar", "place"));
		assertThat(Entities.find("Egypt's role")).containsExactly(new EntityMention(0, 5, "Egypt", "egypt", "place"));
	}

	@Test
	void matchesAcronymsOnlyInCapitals() {
		assertThat(Entities.find("The WHO said who was there; the US and us")).extracting(EntityMention::code)
			.containsExactly("who", "united-states");
	}

	@Test
	void ignoresLatinAccents() {
		assertThat(Entities.find("Erdogan and Erdoğan")).extracting(EntityMention::code)
			.containsExactly("erdogan", "erdogan");
	}

	@Test
	void findsHyphenatedNamesWrittenWithSpaces() {
		assertThat(Entities.find("Hayat Tahrir al Sham and Hayat Tahrir al-Sham")).extracting(EntityMention::code)
			.containsExactly("hts", "hts");
	}

	@Test
	void findsCountryAdjectives() {
		assertThat(Entities.find("وزارة العدل الإسرائيلية ومحتجزاً إسرائيلياً")).extracting(EntityMention::code)
			.containsExactly("israel-moj", "israel");
	}

	@Test
	void findsOfficialsByName() {
		assertThat(Entities.find("وقال بيسكوف إن سيرغي لافروف وصل")).extracting(EntityMention::code,
				EntityMention::type)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("peskov", "person"),
					org.assertj.core.groups.Tuple.tuple("lavrov", "person"));
	}

	@Test
	void findsTheHighwaysInBothScripts() {
		assertThat(Entities.find("دورية على الطريق الدولي M4 وعلى طريق M5 وM4 highway")).extracting(EntityMention::code)
			.containsExactly("m4", "m5", "m4");
	}

	@Test
	void keepsOffsetsOfTheOriginalWithDiacritics() {
		assertThat(Entities.find("وَإِدْلِبُ")).containsExactly(new EntityMention(2, 9, "إِدْلِب", "idlib", "place"));
	}

}
