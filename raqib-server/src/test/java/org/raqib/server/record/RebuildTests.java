package org.raqib.server.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.Actor;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Projections are a function of the log alone: a replay rebuilds exactly the live tables. */
@ContextTest
class RebuildTests {

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	Statements statements;

	@Autowired
	Appending appending;

	@Autowired
	LogAdministration administration;

	@Autowired
	Rebuild rebuild;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReplayAfterAMixedWorkloadEqualsTheLiveProjections() {
		LogInfo log = this.fixtures.log();
		RaqibUser mediator = this.fixtures.user(log.id(), Role.MEDIATOR, "mediator-m");
		Actor actor = new Actor(mediator.getUsername(), "127.0.0.1");
		long kept = this.statements.record(log.id(), "side-a", text("first", "2025-01-19T06:30:00Z"), mediator, actor)
			.index();
		long corrected = this.statements.record(log.id(), "side-b", text("second", "2025-01-20T06:30:00Z"), mediator,
				actor).index();
		long retracted = this.statements.record(log.id(), "side-a", text("third", "2025-01-21T06:30:00Z"), mediator,
				actor).index();
		this.statements.correct(log.id(), corrected, text("second, corrected", "2025-01-20T07:00:00Z"), "typo",
				mediator, actor);
		this.statements.retract(log.id(), retracted, "issued in error", mediator, actor);
		// A correction of a retracted statement is kept, and flagged as a conflict.
		this.appending.append(log.id(), Revisions.CORRECTION, "side-a", "tester",
				Payloads.write(Map.of("reason", "late", "replacement", Payloads.tree(text("x", "2025-01-21T06:30:00Z")
					.payload()))), List.of(retracted));
		this.administration.addParty(log.id(), new NewLog.LogParty("agency-x", List.of("agency")), Actor.SYSTEM);

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM record_revision WHERE log_id = :log AND applied = FALSE")
			.param("log", log.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(this.statements.find(log.id(), kept, mediator)).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo("current"));
		Rebuild.Report report = this.rebuild.rebuild(log.id(), false);
		assertThat(report.failures()).isEmpty();
		assertThat(report.matches()).as("%s / %s", report.onlyLive(), report.onlyReplayed()).isTrue();
		assertThat(report.entries()).isEqualTo(8);
	}

	@Test
	void aTamperedProjectionIsFoundAndRepaired() {
		LogInfo log = this.fixtures.log();
		RaqibUser mediator = this.fixtures.user(log.id(), Role.MEDIATOR, "mediator-m");
		long index = this.statements.record(log.id(), "side-a", text("the original", "2025-01-19T06:30:00Z"), mediator,
				new Actor(mediator.getUsername(), "127.0.0.1")).index();
		this.jdbc.sql("UPDATE record_statement SET text_en = 'forged' WHERE log_id = :log AND idx = :idx")
			.param("log", log.id()).param("idx", index).update();
		assertThat(this.rebuild.rebuild(log.id(), false).matches()).isFalse();
		assertThat(this.rebuild.rebuild(log.id(), true).onlyLive().get("record_statement")).hasSize(1);
		assertThat(this.rebuild.rebuild(log.id(), false).matches()).isTrue();
	}

	private static StatementText text(String english, String at) {
		return new StatementText(null, english, at, null);
	}

}
