package org.raqib.server.incident;

import java.util.Set;

import org.raqib.server.system.ColumnHeaders;

/**
 * The fields of a report as forms and imported sheets give them, each with the column headers that suggest it:
 * a monitor team's daily sheet in either language, or an ACLED extract (its column names).
 */
enum IncidentField {

	FROM(true, "start", "time", "date", "event_date", "التاريخ", "من"),
	TO(false, "end", "until", "إلى"),
	TIME_PRECISION(false, "time_precision"),
	LON(true, "longitude", "long", "x", "خط الطول"),
	LAT(true, "latitude", "y", "خط العرض"),
	GEO_PRECISION(false, "geo_precision"),
	LOCATION(false, "place", "location", "المكان", "الموقع"),
	TYPE(true, "sub_event_type", "subtype", "incident type", "النوع"),
	RESPONSIBLE(false, "party responsible", "alleged", "الطرف المسؤول"),
	ACTOR1(false, "actor1", "actor 1"),
	INTER1(false, "inter1"),
	ACTOR2(false, "actor2", "actor 2"),
	INTER2(false, "inter2"),
	DETECTION(false, "detected by", "detection mode", "طريقة الرصد"),
	WEAPON(false, "weapon class", "السلاح"),
	COUNT(false, "number", "quantity", "العدد"),
	BEARING(false, "bearing", "الاتجاه"),
	DISTANCE_FROM(false, "distance from km", "min distance"),
	DISTANCE_TO(false, "distance to km", "max distance"),
	DIRECTION_OF_FIRE(false, "fire direction", "اتجاه النيران"),
	OBSERVER_POST(false, "post", "observation post", "نقطة المراقبة"),
	KILLED_CIVILIANS(false, "civilians killed", "قتلى مدنيون"),
	KILLED_COMBATANTS(false, "combatants killed", "fatalities", "قتلى مقاتلون"),
	INJURED_CIVILIANS(false, "civilians injured", "جرحى مدنيون"),
	INJURED_COMBATANTS(false, "combatants injured", "جرحى مقاتلون"),
	WOMEN(false, "women", "نساء"),
	CHILDREN(false, "children", "أطفال"),
	SOURCE_KIND(false, "source type", "source_scale", "نوع المصدر"),
	SOURCE(true, "source", "المصدر"),
	RELIABILITY(false, "source reliability", "الموثوقية"),
	SOURCE_LINK(false, "link", "url", "الرابط"),
	NARRATIVE_AR(false, "notes ar", "arabic narrative", "الوصف"),
	NARRATIVE_EN(false, "notes", "narrative", "description");

	private final boolean required;

	private final Set<String> suggesting;

	IncidentField(boolean required, String... headers) {
		this.required = required;
		this.suggesting = ColumnHeaders.of(headers);
	}

	/** The field's name in forms, API problems and sheets' first choice of header: {@code killedCivilians}. */
	public String code() {
		String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
		var code = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return code.toString();
	}

	boolean required() {
		return this.required;
	}

	Set<String> suggesting() {
		return this.suggesting;
	}

	public String messageKey() {
		return "incident.field." + code();
	}

}
