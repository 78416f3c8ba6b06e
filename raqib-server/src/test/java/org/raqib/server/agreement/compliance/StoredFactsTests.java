package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Facts kept in the database: counted once committed, and read back after a restart. */
@ContextTest
class StoredFactsTests {

	private static final Instant NOW = Instant.parse("2025-01-25T10:00:00Z");

	@Autowired
	Facts facts;

	@Autowired
	Compliance compliance;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager manager;

	private final String log = "facts-" + UUID.randomUUID();

	private final Obligation.Total total = new Obligation.Total("total", "p", "side-a", Window.ALWAYS,
			new Selection(TestMeasures.COUNTED, Map.of()), 1000, "trucks");

	private Fact fact(long index, long quantity) {
		// Nanoseconds, which the table does not keep: memory must not keep them either.
		Instant at = Instant.parse("2025-01-20T10:00:00.123456789Z").plusSeconds(index);
		return new Fact(this.log, index, at, at, TestMeasures.COUNTED, "side-a", quantity,
				Map.of("cargo", Set.of("food", "fuel")));
	}

	private long counted(Compliance engine, AsOf asOf) {
		return engine.assess(this.log, ZoneOffset.UTC, List.of(this.total), asOf).get(0).figures().get(0).value();
	}

	private long counted() {
		return counted(this.compliance, AsOf.latest(NOW));
	}

	private long rows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM compliance_fact WHERE log_id = :log")
			.param("log", this.log)
			.query(Long.class)
			.single();
	}

	private TransactionTemplate transaction() {
		return new TransactionTemplate(this.manager);
	}

	@Test
	void aFactCountsOnlyOnceItsTransactionHasCommitted() {
		transaction().executeWithoutResult(status -> {
			this.facts.record(fact(0, 630));
			assertThat(counted()).isZero();
		});
		assertThat(counted()).isEqualTo(630);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void aRolledBackTransactionLeavesNoFact() {
		assertThat(counted()).isZero();
		transaction().executeWithoutResult(status -> {
			this.facts.record(fact(0, 630));
			status.setRollbackOnly();
		});
		assertThat(counted()).isZero();
		assertThat(rows()).isZero();
	}

	@Test
	void anEntryWhoseSavepointIsRolledBackLeavesNoFact() {
		assertThat(counted()).isZero();
		transaction().executeWithoutResult(status -> {
			this.facts.record(fact(0, 630));
			Object savepoint = status.createSavepoint();
			this.facts.record(fact(1, 915));
			status.rollbackToSavepoint(savepoint);
			this.facts.record(fact(1, 897));
			this.facts.record(fact(1, 3));
		});
		assertThat(counted()).isEqualTo(630 + 897 + 3);
		assertThat(this.jdbc.sql("SELECT ord FROM compliance_fact WHERE log_id = :log AND idx = 1 ORDER BY ord")
			.param("log", this.log)
			.query(Integer.class)
			.list()).containsExactly(0, 1);
	}

	@Test
	void aRestartReadsTheFactsBackFromTheTable() {
		transaction().executeWithoutResult(status -> {
			this.facts.record(fact(0, 630));
			this.facts.record(fact(1, 915));
			this.facts.withdraw(this.log, 0, 2);
			this.facts.record(fact(2, 640));
		});
		var restarted = Compliance.over(new Facts(this.jdbc, this.manager), List.of(new TestMeasures()));
		for (AsOf asOf : List.of(AsOf.latest(NOW), AsOf.recordedUpTo(1, NOW), AsOf.eventTime(fact(1, 0).occurredAt()))) {
			assertThat(restarted.assess(this.log, ZoneOffset.UTC, List.of(this.total), asOf))
				.isEqualTo(this.compliance.assess(this.log, ZoneOffset.UTC, List.of(this.total), asOf));
		}
		assertThat(counted(restarted, AsOf.recordedUpTo(1, NOW))).isEqualTo(630 + 915);
		assertThat(counted(restarted, AsOf.latest(NOW))).isEqualTo(915 + 640);
	}

	@Test
	void withoutATransactionFactsCountAtOnce() {
		assertThat(counted()).isZero();
		this.facts.record(fact(0, 630));
		this.facts.record(fact(0, 15));
		assertThat(counted()).isEqualTo(645);
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void forgettingALogDropsItsFacts() {
		this.facts.record(fact(0, 630));
		assertThat(counted()).isEqualTo(630);
		transaction().executeWithoutResult(status -> this.facts.forget(this.log));
		assertThat(counted()).isZero();
		assertThat(rows()).isZero();
	}

	@Test
	void onlyMeasuresSomeModuleRecordsAreAssessable() {
		var unknown = new Obligation.Total("unknown", "p", "side-a", Window.ALWAYS,
				new Selection("nobody.counts", Map.of()), 1, "things");
		assertThat(this.compliance.assess(this.log, ZoneOffset.UTC, List.of(this.total, unknown), AsOf.latest(NOW)))
			.extracting(Assessment::status)
			.containsExactly(Status.ON_TRACK, Status.NOT_ASSESSABLE);
	}

}
