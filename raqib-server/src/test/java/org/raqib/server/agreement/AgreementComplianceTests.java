package org.raqib.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.Actor;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.agreement.compliance.Fact;
import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.agreement.compliance.Status;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agreement's obligations judged through the whole chain: the definition in the log, facts fed through
 * the compliance engine's door, and the three views.
 */
@ContextTest
class AgreementComplianceTests {

	static final String FILE = """
			raqib: agreement/v1
			id: %s
			name: {en: Quota test, ar: اختبار الحصة}
			signed: 2025-01-15
			time_zone: Asia/Gaza
			entry_into_force: 2025-01-19T08:30
			status: in-force
			parties:
			  - {party: egypt, roles: [mediator]}
			  - {party: hamas, roles: [side]}
			  - {party: israel, roles: [side]}
			phases:
			  - {id: phase-1, name: {en: Phase 1, ar: المرحلة الأولى}, start: entry-into-force, end: day 3}
			provisions:
			  - {id: aid, text: {en: 600 trucks a day., ar: 600 شاحنة يوميًا.}, source: the deal}
			  - {id: ceasefire, text: {en: No violations., ar: لا خروقات.}, source: the deal}
			obligations:
			  - id: trucks
			    kind: quota
			    provision: aid
			    responsible: israel
			    during: phase-1
			    count: {measure: aid.trucks, where: {stage: crossed}}
			    at_least: 600
			    per: day
			    unit: trucks
			  - id: quiet
			    kind: cessation
			    provision: ceasefire
			    responsible: hamas
			    during: phase-1
			    count: {measure: incident.reported, where: {type: ceasefire-violation, party: hamas}}
			  - id: milestones
			    kind: deadline
			    provision: aid
			    responsible: israel
			    timing: done-by
			    at: day 2
			    count: {measure: agreement.milestone, where: {milestone: crossings-open}}
			""";

	@Autowired
	AgreementDefinitions definitions;

	@Autowired
	AgreementCompliance compliance;

	@Autowired
	AgreementFixtures fixtures;

	@Autowired
	Appending appending;

	@Autowired
	Facts facts;

	@Test
	void aCorrectionChangesTheStatusOnlyFromItsIndexOnAndEventTimeSeesOnlyWhatHadHappened() {
		this.fixtures.registerParties();
		String id = AgreementFixtures.newId();
		this.definitions.define(new AgreementDefinitions.Files(FILE.formatted(id), null), null, Actor.SYSTEM);
		long day2 = trucks(id, "2025-01-20T15:00:00Z", 915);
		long day3 = trucks(id, "2025-01-21T20:00:00Z", 500);
		long correction = entry(id);
		this.facts.withdraw(id, day3, correction);
		this.facts.record(fact(id, correction, "2025-01-21T20:00:00Z", "aid.trucks", null, 650, Map.of("stage", "crossed")));

		assertThat(status(id, this.compliance.view(id, null, null), "trucks")).isEqualTo(Status.FULFILLED);
		assertThat(status(id, this.compliance.view(id, day3, null), "trucks")).isEqualTo(Status.BREACHED);
		assertThat(report(id, this.compliance.view(id, day3, null), "trucks").assessment().evidence()).contains(day3);
		assertThat(status(id, this.compliance.view(id, day2, null), "trucks")).isEqualTo(Status.BREACHED);
		AsOf noon = this.compliance.view(id, null, Instant.parse("2025-01-21T10:00:00Z"));
		assertThat(status(id, noon, "trucks")).isEqualTo(Status.AT_RISK);
	}

	@Test
	void aViolationBreachesTheCessationAndAMeasureNoModuleRecordsIsNotAssessable() {
		this.fixtures.registerParties();
		String id = AgreementFixtures.newId();
		this.definitions.define(new AgreementDefinitions.Files(FILE.formatted(id), null), null, Actor.SYSTEM);
		long before = entry(id);
		long violation = entry(id);
		this.facts.record(fact(id, violation, "2025-01-20T03:00:00Z", "incident.reported", "hamas", 1,
				Map.of("type", "ceasefire-violation")));
		assertThat(status(id, this.compliance.view(id, before, null), "quiet")).isIn(Status.FULFILLED, Status.ON_TRACK);
		assertThat(report(id, this.compliance.view(id, null, null), "quiet").assessment().evidence())
			.containsExactly(violation);
		assertThat(status(id, this.compliance.view(id, null, null), "quiet")).isEqualTo(Status.BREACHED);
		assertThat(status(id, this.compliance.view(id, null, null), "milestones")).isEqualTo(Status.NOT_ASSESSABLE);
		assertThat(status(id, this.compliance.view(id, null, Instant.parse("2025-01-01T00:00:00Z")), "quiet"))
			.isEqualTo(Status.PENDING);
	}

	private long trucks(String log, String occurredAt, long count) {
		long index = entry(log);
		this.facts.record(fact(log, index, occurredAt, "aid.trucks", null, count, Map.of("stage", "crossed")));
		return index;
	}

	/** An entry to hang a fact on: until the aid module lands, a statement stands in for its record. */
	private long entry(String log) {
		byte[] payload = "{\"textAr\":\"نص\",\"textEn\":\"text\",\"occurredAt\":\"2025-01-20T00:00:00Z\"}"
			.getBytes(StandardCharsets.UTF_8);
		Appended appended = this.appending.append(log, "record.statement/v1", "egypt", "test", payload, List.of());
		return appended.index();
	}

	private static Fact fact(String log, long index, String occurredAt, String measure, String party, long quantity,
			Map<String, String> dimensions) {
		var dims = new java.util.HashMap<String, Set<String>>();
		dimensions.forEach((k, v) -> dims.put(k, Set.of(v)));
		return new Fact(log, index, Instant.now(), Instant.parse(occurredAt), measure, party, quantity, dims);
	}

	private AgreementCompliance.Judged report(String log, AsOf asOf, String obligation) {
		return this.compliance.report(log, asOf).obligations().stream()
			.filter(j -> j.terms().id().equals(obligation))
			.findFirst()
			.orElseThrow();
	}

	private Status status(String log, AsOf asOf, String obligation) {
		return report(log, asOf, obligation).assessment().status();
	}

}
