package org.raqib.server.incident;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.record.Response;
import org.raqib.server.record.Responses;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's incidents, in demo mode only, all invented and marked demo. Idlib: shelling in the M4 corridor
 * near Saraqib on 7 March 2020, after the Moscow ceasefire of 00:01 on 6 March (verified, published, the breach
 * of the government's cessation confirmed), a clash south of Idlib under review, heavy weapons in the
 * demilitarised zone in October 2018 not verified. Gaza: fire near Rafah in January 2025 published and
 * disputed, a report dismissed, and the same shelling reported twice, merged.
 */
@Component
@ConditionalOnWebApplication
@Order(5)
class DemoIncidents implements ApplicationRunner {

	private static final String IDLIB = "idlib-2018";

	private static final String GAZA = "gaza-2025";

	private final RaqibProperties properties;

	private final Agreements agreements;

	private final Incidents incidents;

	private final IncidentWorkflow workflow;

	private final IncidentTable table;

	private final Responses responses;

	private final UserAdministration users;

	DemoIncidents(RaqibProperties properties, Agreements agreements, Incidents incidents, IncidentWorkflow workflow,
			IncidentTable table, Responses responses, UserAdministration users) {
		this.properties = properties;
		this.agreements = agreements;
		this.incidents = incidents;
		this.workflow = workflow;
		this.table = table;
		this.responses = responses;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo() || !this.agreements.exists(IDLIB) || !this.agreements.exists(GAZA)
				|| this.table.count(IDLIB, IncidentFilter.period(FilterParams.EARLIEST, FilterParams.LATEST,
						java.util.Set.of())) > 0) {
			return;
		}
		idlib(IDLIB);
		gaza(GAZA);
	}

	/** The Idlib incidents, in the log given (the demo's, or a test's copy of the agreement). */
	void idlib(String log) {
		ZoneId damascus = ZoneId.of("Asia/Damascus");
		long m4 = report(log, "turkiye", "demo-monitor-turkiye", report(36.76, 35.858, at("2020-03-07T06:00", damascus),
				IncidentType.CEASEFIRE_VIOLATION, "syrian-government", "Saraqib", Fields.Weapon.ARTILLERY, 14,
				new IncidentReport.Casualties(1, 0, 3, 0, 1, 1),
				"قصف مدفعي على أطراف سراقب داخل الممر الآمن للطريق M4 بعد سريان وقف إطلاق النار.",
				"Artillery fire on the edge of Saraqib, inside the M4 security corridor, after the ceasefire took effect."));
		this.workflow.step("demo-monitor-russia", "russia", log, m4, IncidentStatus.UNDER_REVIEW, null);
		this.workflow.step("demo-monitor-russia", "russia", log, m4, IncidentStatus.VERIFIED,
				"Craters seen by the joint patrol.");
		this.workflow.step("demo-mediator", "russia", log, m4, IncidentStatus.PUBLISHED, null);
		this.workflow.confirmBreach("demo-mediator", "turkiye", log, m4, "ceasefire-government", null);
		long clash = report(log, "russia", "demo-monitor-russia", report(36.63, 35.80, at("2020-03-09T22:30", damascus),
				IncidentType.ARMED_CLASH, "syrian-opposition", "Ariha", Fields.Weapon.SMALL_ARMS, 40,
				IncidentReport.Casualties.NONE, "اشتباك بالأسلحة الخفيفة جنوب أريحا.",
				"Small-arms clash south of Ariha."));
		this.workflow.step("demo-monitor-turkiye", "turkiye", log, clash, IncidentStatus.UNDER_REVIEW, null);
		long weapons = report(log, "russia", "demo-monitor-russia", report(36.45, 35.86, at("2018-10-20T10:00", damascus),
				IncidentType.HEAVY_WEAPONS_IN_ZONE, "syrian-opposition", "Jisr al-Shughur road", Fields.Weapon.TANK, 2,
				IncidentReport.Casualties.NONE, "دبابتان شوهدتا داخل المنطقة منزوعة السلاح.",
				"Two tanks seen inside the demilitarised zone."));
		this.workflow.step("demo-monitor-turkiye", "turkiye", log, weapons, IncidentStatus.UNDER_REVIEW, null);
		this.workflow.step("demo-monitor-turkiye", "turkiye", log, weapons, IncidentStatus.NOT_VERIFIED,
				"No patrol could reach the place.");
	}

	void gaza(String log) {
		ZoneId gaza = ZoneId.of("Asia/Gaza");
		long rafah = report(log, "eubam-rafah", "monitor", report(34.25, 31.29, at("2025-01-24T16:00", gaza),
				IncidentType.CEASEFIRE_VIOLATION, "israel", "Rafah", Fields.Weapon.SMALL_ARMS, 6,
				new IncidentReport.Casualties(0, 0, 2, 0, 0, 1), "إطلاق نار قرب رفح أصاب مدنيين اثنين.",
				"Gunfire near Rafah; two civilians injured."));
		this.workflow.step("demo-monitor", "eubam-rafah", log, rafah, IncidentStatus.UNDER_REVIEW, null);
		this.workflow.step("demo-monitor", "eubam-rafah", log, rafah, IncidentStatus.VERIFIED, null);
		this.workflow.step("mediator", "egypt", log, rafah, IncidentStatus.PUBLISHED, null);
		this.users.byUsername("liaison-israel").ifPresent(account -> this.responses.respond(
				this.users.principal(account.id()), log, rafah, "israel", Response.Stance.DISPUTED,
				"Warning shots at people approaching the forces; no injuries recorded by the unit.", null));
		long dismissed = report(log, "eubam-rafah", "monitor", report(34.30, 31.34, at("2025-01-21T21:00", gaza),
				IncidentType.CEASEFIRE_VIOLATION, "hamas", "Khan Younis", null, null, IncidentReport.Casualties.NONE,
				"أصوات إطلاق نار في خان يونس.", "Shots heard in Khan Younis."));
		this.workflow.step("demo-monitor", "eubam-rafah", log, dismissed, IncidentStatus.UNDER_REVIEW, null);
		this.workflow.step("demo-monitor", "eubam-rafah", log, dismissed, IncidentStatus.DISMISSED,
				"Celebratory fire at a release; no target.");
		long first = report(log, "egypt", "mediator", report(34.39, 31.45, at("2025-01-27T05:30", gaza),
				IncidentType.SHELLING, "israel", "Nuseirat", Fields.Weapon.ARTILLERY, 3, IncidentReport.Casualties.NONE,
				"ثلاث قذائف قرب النصيرات.", "Three shells near Nuseirat."));
		long second = report(log, "eubam-rafah", "monitor", report(34.392, 31.452, at("2025-01-27T05:40", gaza),
				IncidentType.SHELLING, "israel", "Nuseirat", Fields.Weapon.ARTILLERY, 3, IncidentReport.Casualties.NONE,
				"قصف قرب النصيرات.", "Shelling near Nuseirat, as reported by residents."));
		this.workflow.merge("demo-monitor", "eubam-rafah", log, this.incidents.get(log, second),
				this.incidents.get(log, first), "The same three shells.");
	}

	private long report(String log, String party, String by, IncidentReport report) {
		return this.incidents.report(by, log, party, report).index();
	}

	private static IncidentReport report(double lon, double lat, Instant from, IncidentType type,
			@Nullable String responsible, String location, Fields.@Nullable Weapon weapon, @Nullable Integer count,
			IncidentReport.Casualties casualties, String ar, String en) {
		var observation = new IncidentReport.Observation(weapon == null ? Fields.Detection.HEARING : Fields.Detection.SIGHT,
				weapon, count, null, null, null, null, null);
		var source = new IncidentReport.Source(Fields.SourceKind.MONITOR, "Demo monitoring team",
				Fields.Reliability.PROBABLE, null);
		Fields.ActorClass actorClass = "syrian-opposition".equals(responsible) || "hamas".equals(responsible)
				? Fields.ActorClass.REBEL_GROUP : Fields.ActorClass.STATE_FORCES;
		var actors = responsible == null ? List.<IncidentReport.Actor>of()
				: List.of(new IncidentReport.Actor(1, "Forces of " + responsible, actorClass, responsible));
		return new IncidentReport(from, from.plusSeconds(1800), 1, lon, lat, 1, location, type, responsible, actors,
				observation, casualties, List.of(source), new IncidentReport.Narrative(ar, en), List.of(), true);
	}

	private static Instant at(String local, ZoneId zone) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}

}
