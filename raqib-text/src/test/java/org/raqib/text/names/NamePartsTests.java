package org.raqib.text.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each normalisation of a written name, with its exact input and parts. */
class NamePartsTests {

	@Test
	void hamzaAlefTaMarbutaAlefMaqsuraAndHarakatFold() {
		assertThat(NameParts.split("أسامة مُصْطَفَى إبراهيم عيسى").parts()).containsExactly("اسامه", "مصطفي", "ابراهيم",
				"عيسي");
	}

	@Test
	void alBeforeAFamilyNameIsDroppedLikeAnArticle() {
		assertThat(NameParts.split("خالد آل عيسى").parts()).containsExactly("خالد", "عيسي");
		assertThat(NameParts.split("Khaled Al Issa").parts()).containsExactly("khaled", "issa");
	}

	@Test
	void tatweelIsDropped() {
		assertThat(NameParts.split("محمـــد").parts()).containsExactly("محمد");
	}

	@Test
	void arabicArticleIsDroppedButNotFromAllah() {
		assertThat(NameParts.split("محمد الحداد").parts()).containsExactly("محمد", "حداد");
		assertThat(NameParts.split("عبد الله").parts()).containsExactly("عبدالله");
	}

	@Test
	void abdCompoundsAreOnePartWithOrWithoutSpace() {
		assertThat(NameParts.split("عبد الرحمن").parts()).containsExactly("عبدرحمن");
		assertThat(NameParts.split("عبدالرحمن").parts()).containsExactly("عبدرحمن");
		assertThat(NameParts.split("Abd al-Rahman").parts()).containsExactly("abdrahman");
		assertThat(NameParts.split("Abdul Rahman").parts()).containsExactly("abdrahman");
		assertThat(NameParts.split("Abdelrahman").parts()).containsExactly("abdrahman");
		assertThat(NameParts.split("Abdurrahman").parts()).containsExactly("abdrahman");
	}

	@Test
	void abdallahHasOneSpelling() {
		assertThat(NameParts.split("Abdullah").parts()).containsExactly("abdallah");
		assertThat(NameParts.split("Abd Allah").parts()).containsExactly("abdallah");
		assertThat(NameParts.split("Abdulla").parts()).containsExactly("abdallah");
	}

	@Test
	void abuJoinsTheNameAfterIt() {
		assertThat(NameParts.split("Ibrahim Abou Shamala").parts()).containsExactly("ibrahim", "abushamala");
		assertThat(NameParts.split("إبراهيم أبو شمالة").parts()).containsExactly("ابراهيم", "ابوشماله");
	}

	@Test
	void allahAndDinAfterANameBelongToIt() {
		assertThat(NameParts.split("نصر الله").parts()).containsExactly("نصرالله");
		assertThat(NameParts.split("Nour el-Din").parts()).containsExactly("nourdin");
		assertThat(NameParts.split("Salahuddin").parts()).containsExactly("salahdin");
	}

	@Test
	void latinArticlesAndConnectorsAreDropped() {
		assertThat(NameParts.split("Khaled bin Walid el-Khatib").parts()).containsExactly("khaled", "walid", "khatib");
		assertThat(NameParts.split("Omar ash-Shami").parts()).containsExactly("omar", "shami");
	}

	@Test
	void alexanderKeepsItsFirstLetters() {
		assertThat(NameParts.split("Alexander Levin").parts()).containsExactly("alexander", "levin");
	}

	@Test
	void familyFirstWithACommaIsPutBackInOrder() {
		NameParts.Split split = NameParts.split("AL-HADDAD, Mohammed Ahmad");
		assertThat(split.parts()).containsExactly("mohammed", "ahmad", "haddad");
		assertThat(split.swapped()).isTrue();
		assertThat(NameParts.split("الحداد، محمد").parts()).containsExactly("محمد", "حداد");
	}

	@Test
	void hebrewArticleAndGereshAreRead() {
		assertThat(NameParts.split("ח'אלד אל-נג'אר").parts()).containsExactly("ח'אלד", "נג'אר");
	}

}
