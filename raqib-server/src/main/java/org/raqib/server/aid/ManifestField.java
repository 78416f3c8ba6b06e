package org.raqib.server.aid;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.raqib.server.system.ColumnHeaders;

/**
 * What a manifest's column can hold, with the headers in English and Arabic that suggest it. The stage
 * reached, its time and the time of registration are optional: without a stage each consignment is only
 * registered; without a registration time it is registered at the stage's time, or at the import's.
 */
enum ManifestField {

	REFERENCE("reference", true, "ref", "consignment", "consignment reference", "manifest no", "waybill", "المرجع",
			"رقم الشحنة", "مرجع الشحنة", "رقم البوليصة"),
	AGENCY("agency", true, "organisation", "organization", "sender", "الجهة", "الوكالة", "المنظمة", "الجهة المرسلة"),
	ORIGIN("origin", false, "from", "loaded at", "المصدر", "المنشأ", "من"),
	CROSSING("crossing", true, "crossing point", "entry point", "gate", "المعبر", "نقطة العبور"),
	DESTINATION("destination", true, "region", "to", "governorate", "الوجهة", "المنطقة", "إلى"),
	TRUCKS("trucks", true, "truck count", "number of trucks", "no of trucks", "الشاحنات", "عدد الشاحنات"),
	CATEGORY("category", true, "cargo", "cargo category", "sector", "type", "الصنف", "نوع الحمولة", "الفئة", "القطاع"),
	QUANTITY("quantity", true, "qty", "amount", "weight", "الكمية", "الوزن"),
	UNIT("unit", true, "uom", "unit of measure", "الوحدة", "وحدة القياس"),
	STAGE("stage", false, "status", "stage reached", "المرحلة", "الحالة", "المرحلة المبلغة"),
	STAGE_AT("stage-at", false, "stage time", "time", "date", "reached at", "at", "وقت المرحلة", "الوقت", "التاريخ"),
	REGISTERED_AT("registered-at", false, "registered", "registration time", "وقت التسجيل", "تاريخ التسجيل");

	static final List<ManifestField> REQUIRED = Arrays.stream(values()).filter(ManifestField::required).toList();

	private final String code;

	private final boolean required;

	private final Set<String> headers;

	ManifestField(String code, boolean required, String... headers) {
		this.code = code;
		this.required = required;
		this.headers = ColumnHeaders.of(headers);
	}

	String code() {
		return this.code;
	}

	boolean required() {
		return this.required;
	}

	String messageKey() {
		return "aid.import.field." + this.code;
	}

	Set<String> headers() {
		return this.headers;
	}

}
