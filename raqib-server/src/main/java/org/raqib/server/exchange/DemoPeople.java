package org.raqib.server.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.raqib.server.person.PersonData;

/**
 * Invented persons for the demo's lists: names put together at random (with a fixed seed) from lists of
 * common given and family names, random ID numbers and birth dates. They describe nobody; the published
 * rounds give only the counts.
 */
final class DemoPeople {

	private record Name(String ar, String latin, String he) {
	}

	private static final List<Name> ARAB_MEN = names("محمد:Mohammed", "أحمد:Ahmad", "محمود:Mahmoud", "خالد:Khaled",
			"يوسف:Yousef", "عمر:Omar", "علي:Ali", "حسن:Hassan", "حسين:Hussein", "إبراهيم:Ibrahim", "سامي:Sami",
			"طارق:Tareq", "وليد:Walid", "ماهر:Maher", "نبيل:Nabil", "رامي:Rami", "زياد:Ziad", "باسل:Basel", "عماد:Imad",
			"فادي:Fadi", "سليم:Salim", "كريم:Karim", "جمال:Jamal", "كمال:Kamal", "صالح:Saleh", "عادل:Adel", "هاني:Hani",
			"ياسر:Yasser", "مراد:Murad", "أنس:Anas", "عبد الله:Abdallah", "عبد الرحمن:Abdelrahman");

	private static final List<Name> ARAB_WOMEN = names("فاطمة:Fatima", "مريم:Maryam", "آمنة:Amina", "سارة:Sara",
			"ليلى:Layla", "نور:Nour", "هدى:Huda", "رنا:Rana", "سلمى:Salma", "ديما:Dima", "عبير:Abeer", "منى:Mona",
			"أسماء:Asmaa", "رهف:Rahaf", "إسراء:Israa", "دعاء:Duaa");

	private static final List<Name> ARAB_FAMILIES = names("الحداد:al-Haddad", "النجار:al-Najjar", "الخطيب:al-Khatib",
			"الشامي:al-Shami", "العطار:al-Attar", "الصباغ:al-Sabbagh", "البيطار:al-Bitar", "الزين:al-Zein",
			"الحلبي:al-Halabi", "الدباغ:al-Dabbagh", "القاضي:al-Qadi", "السقا:al-Saqqa", "الفرا:al-Farra",
			"الطويل:al-Tawil", "الخياط:al-Khayyat", "عودة:Odeh", "حمدان:Hamdan", "سلامة:Salameh", "جابر:Jaber",
			"ناصر:Nasser", "عيسى:Issa", "داود:Dawoud", "أبو شمالة:Abu Shamala", "أبو ريدة:Abu Rida", "الأسطل:al-Astal");

	private static final List<Name> HEBREW_GIVEN = names("نوعا:Noa:נועה", "ياعيل:Yael:יעל", "تمار:Tamar:תמר",
			"مايا:Maya:מאיה", "شيرا:Shira:שירה", "آفي:Avi:אבי", "إيتان:Eitan:איתן", "يوسف:Yosef:יוסף", "دافيد:David:דוד",
			"موشيه:Moshe:משה", "يونتان:Yonatan:יונתן", "أرئيل:Ariel:אריאל", "دانيئيل:Daniel:דניאל", "ميخال:Michal:מיכל",
			"رفكا:Rivka:רבקה", "إيلان:Ilan:אילן");

	private static final List<Name> HEBREW_FAMILIES = names("ليفين:Levin:לוין", "كاتس:Katz:כץ", "بيرتس:Peretz:פרץ",
			"بيتون:Biton:ביטון", "أزولاي:Azulay:אזולאי", "فريدمان:Friedman:פרידמן", "شابيرا:Shapira:שפירא",
			"غولان:Golan:גולן", "باراك:Barak:ברק", "كرمل:Carmel:כרמל", "شارون:Sharon:שרון", "طال:Tal:טל");

	private final Random random;

	DemoPeople(long seed) {
		this.random = new Random(seed);
	}

	/** A person held in Gaza: names in Hebrew, Latin and Arabic script. */
	PersonData heldInGaza(int age, LocalDate on) {
		Name given = pick(HEBREW_GIVEN);
		Name family = pick(HEBREW_FAMILIES);
		return new PersonData(given.ar() + " " + family.ar(), given.latin() + " " + family.latin(),
				given.he() + " " + family.he(), digits(9), birthDate(age, on), null, null);
	}

	/** A Palestinian prisoner or detainee: four-part names in Arabic and Latin script. */
	PersonData prisoner(boolean woman, int age, LocalDate on) {
		Name given = pick(woman ? ARAB_WOMEN : ARAB_MEN);
		Name father = pick(ARAB_MEN);
		Name grandfather = pick(ARAB_MEN);
		Name family = pick(ARAB_FAMILIES);
		LocalDate born = birthDate(age, on);
		return new PersonData(String.join(" ", given.ar(), father.ar(), grandfather.ar(), family.ar()),
				String.join(" ", given.latin(), father.latin(), grandfather.latin(), family.latin()), null, digits(9),
				this.random.nextInt(4) == 0 ? null : born, born.getYear(), null);
	}

	int age(int from, int to) {
		return from + this.random.nextInt(to - from + 1);
	}

	private LocalDate birthDate(int age, LocalDate on) {
		return on.minusYears(age).minusDays(1 + this.random.nextInt(360));
	}

	private String digits(int n) {
		var id = new StringBuilder().append(1 + this.random.nextInt(9));
		while (id.length() < n) {
			id.append(this.random.nextInt(10));
		}
		return id.toString();
	}

	private Name pick(List<Name> names) {
		return names.get(this.random.nextInt(names.size()));
	}

	private static List<Name> names(String... entries) {
		return java.util.Arrays.stream(entries).map(e -> e.split(":")).map(p -> new Name(p[0], p[1], p.length > 2 ? p[2] : ""))
			.toList();
	}

}
