package org.raqib.server.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.raqib.server.system.ColumnHeaders;

/**
 * What a list file's column can hold, with the headers in English and Arabic that suggest it. Exports
 * head their columns with the codes, so an export re-imports.
 */
enum ListField {

	NAME_AR("name-ar", "name (arabic)", "arabic name", "name arabic", "الاسم", "اسم", "الاسم بالعربية", "الاسم العربي",
			"الاسم (عربي)", "الاسم الكامل"),
	NAME_LATIN("name-latin", "name", "full name", "name (latin)", "name (english)", "english name", "latin name",
			"name english", "الاسم باللاتينية", "الاسم بالإنجليزية", "الاسم بالانكليزية", "الاسم (لاتيني)"),
	NAME_HE("name-he", "name (hebrew)", "hebrew name", "name hebrew", "الاسم بالعبرية", "الاسم (عبري)", "שם"),
	ID_NUMBER("id-number", "id", "id no", "id no.", "id number", "identity number", "national id", "identity card",
			"رقم الهوية", "الهوية", "رقم البطاقة", "رقم الهوية الوطنية", "מספר זהות"),
	DATE_OF_BIRTH("date-of-birth", "date of birth", "dob", "birth date", "birthdate", "تاريخ الميلاد",
			"تاريخ الولادة"),
	BIRTH_YEAR("birth-year", "year of birth", "birth year", "year born", "سنة الميلاد", "سنة الولادة", "مواليد"),
	PLACE("place", "place of residence", "residence", "origin", "place of origin", "city", "town", "address",
			"المكان", "مكان الإقامة", "الإقامة", "مكان السكن", "السكن", "العنوان", "المدينة", "البلدة"),
	CATEGORIES("categories", "category", "type", "الفئة", "الفئات", "التصنيف", "الصفة"),
	FOR("for", "released for", "for category", "counted for", "in exchange for", "مقابل", "مقابل فئة", "لقاء"),
	DESTINATION("destination", "goes to", "الوجهة", "المقصد", "جهة الإفراج", "الإبعاد");

	private final String code;

	private final Set<String> headers;

	ListField(String code, String... headers) {
		this.code = code;
		this.headers = ColumnHeaders.of(headers);
	}

	String code() {
		return this.code;
	}

	String messageKey() {
		return "exchange.import.field." + this.code;
	}

	boolean isName() {
		return this == NAME_AR || this == NAME_LATIN || this == NAME_HE;
	}

	static final List<ListField> NAMES = List.of(NAME_AR, NAME_LATIN, NAME_HE);

	static Optional<ListField> ofCode(String code) {
		return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
	}

	boolean suggestedBy(String header) {
		String h = normalised(header);
		return h.equals(normalised(this.code)) || this.headers.contains(h);
	}

	/** See {@link ColumnHeaders#normalised}; names are compared the same way as headers. */
	static String normalised(String header) {
		return ColumnHeaders.normalised(header);
	}

}
