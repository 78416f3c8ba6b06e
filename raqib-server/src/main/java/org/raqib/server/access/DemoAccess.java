package org.raqib.server.access;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The demo's parties and one user per role. The parties are those of the two agreements the project
 * started from (the January 2025 Gaza ceasefire, followed from the Cairo joint operations room, and the
 * Idlib arrangement); sides appear in alphabetical order and each side has its own liaison.
 */
final class DemoAccess {

	record DemoUser(String username, String displayName, Role role, String agreement, @Nullable String party) {
	}

	static final String GAZA = "gaza-2025";

	static final List<PartyDetails> PARTIES = List.of(
			new PartyDetails("egypt", "مصر", "Egypt", true),
			new PartyDetails("qatar", "قطر", "Qatar", true),
			new PartyDetails("united-states", "الولايات المتحدة", "United States", true),
			new PartyDetails("hamas", "حماس", "Hamas", true),
			new PartyDetails("israel", "إسرائيل", "Israel", true),
			new PartyDetails("icrc", "اللجنة الدولية للصليب الأحمر", "International Committee of the Red Cross", true),
			new PartyDetails("wfp", "برنامج الأغذية العالمي", "World Food Programme", true),
			new PartyDetails("eubam-rafah", "بعثة الاتحاد الأوروبي الحدودية في رفح", "EU Border Assistance Mission Rafah",
					true),
			new PartyDetails("russia", "روسيا", "Russia", true),
			new PartyDetails("turkiye", "تركيا", "Türkiye", true),
			new PartyDetails("syrian-government", "الحكومة السورية", "Syrian government", true),
			new PartyDetails("syrian-opposition", "فصائل المعارضة السورية", "Syrian opposition factions", true));

	static final List<DemoUser> USERS = List.of(
			new DemoUser("mediator", "Demo mediator (Egypt)", Role.MEDIATOR, GAZA, "egypt"),
			new DemoUser("liaison-hamas", "Demo liaison (Hamas)", Role.PARTY_LIAISON, GAZA, "hamas"),
			new DemoUser("liaison-israel", "Demo liaison (Israel)", Role.PARTY_LIAISON, GAZA, "israel"),
			new DemoUser("monitor", "Demo monitor (EUBAM Rafah)", Role.MONITOR, GAZA, "eubam-rafah"),
			new DemoUser("agency", "Demo agency (WFP)", Role.AGENCY, GAZA, "wfp"),
			new DemoUser("viewer", "Demo viewer", Role.VIEWER, GAZA, null),
			new DemoUser("monitor-idlib", "Demo monitor (Türkiye, Idlib)", Role.MONITOR, "idlib-2018", "turkiye"),
			new DemoUser("viewer-idlib", "Demo viewer (Idlib)", Role.VIEWER, "idlib-2018", null));

	private DemoAccess() {
	}

}
