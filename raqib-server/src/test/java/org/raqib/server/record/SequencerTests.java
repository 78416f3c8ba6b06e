package org.raqib.server.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;

@ContextTest
class SequencerTests {

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	Sequencing sequencing;

	@Autowired
	LogReader reader;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aFailingHandlerFailsOnlyItsOwnEntryAndTakesNoIndex() throws Exception {
		LogInfo log = this.fixtures.log();
		Sequencer sequencer = this.sequencing.sequencer(log.id());
		long first = sequencer.snapshot().size();
		var results = new ArrayList<CompletableFuture<Sequencer.Sequenced>>();
		for (String payload : List.of("{}", "{\"fail\":true}", "{}", "{}")) {
			results.add(sequencer.submit(new Submission.Custodial(ProbeKind.NAME, "side-a", "tester",
					payload.getBytes(StandardCharsets.UTF_8), List.of())).result());
		}
		assertThat(results.get(0).get().index()).isEqualTo(first);
		assertThat(results.get(1)).failsWithin(java.time.Duration.ofSeconds(10))
			.withThrowableOfType(ExecutionException.class)
			.withMessageContaining("asked to fail");
		assertThat(results.get(2).get().index()).isEqualTo(first + 1);
		assertThat(results.get(3).get().index()).isEqualTo(first + 2);
		assertThat(this.reader.summary(log.id()).size()).isEqualTo(first + 3);
	}

	@Test
	void aDuplicateKeyInAProjectionFailsTheEntryNotTheSequencer() throws Exception {
		LogInfo log = this.fixtures.log();
		Sequencer sequencer = this.sequencing.sequencer(log.id());
		long next = sequencer.snapshot().size();
		this.jdbc.sql("INSERT INTO record_statement (log_id, idx, party, text_en, occurred_at, recorded_at, state)"
				+ " VALUES (:log, :idx, 'side-a', 'squatter', :at, :at, 'current')")
			.param("log", log.id())
			.param("idx", next)
			.param("at", java.time.OffsetDateTime.parse("2025-01-19T06:30:00Z"))
			.update();
		var clash = sequencer.submit(new Submission.Custodial(StatementKind.NAME, "side-a", "tester",
				new StatementText(null, "clashes", "2025-01-19T06:30:00Z", null).payload(), List.of())).result();
		assertThat(clash).failsWithin(java.time.Duration.ofSeconds(10));
		var after = sequencer.submit(new Submission.Custodial(ProbeKind.NAME, "side-a", "tester",
				"{}".getBytes(StandardCharsets.UTF_8), List.of())).result().get();
		assertThat(after.index()).isEqualTo(next);
		assertThat(sequencer.isRunning()).isTrue();
	}

	@Test
	void aSubmissionItsCallerAbandonedWhileQueuedIsNeverAppended(@Autowired SequencerStore store,
			@Autowired LogKeys keys, @Autowired KindRegistry kinds) throws Exception {
		LogInfo log = this.fixtures.log();
		this.reader.receipt(log.id(), 0, java.time.Duration.ofSeconds(10));
		long before = this.reader.summary(log.id()).size();
		// A sequencer not yet started: the submission stays queued until its caller gives up on it.
		var idle = new Sequencer(log, store, keys, kinds.entryKinds(), java.time.Clock.systemUTC());
		Sequencer.Ticket ticket = idle.submit(new Submission.Custodial(ProbeKind.NAME, "side-a", "tester",
				"{}".getBytes(StandardCharsets.UTF_8), List.of()));
		assertThat(ticket.abandon()).isTrue();
		idle.start();
		Thread.sleep(500);
		idle.stop();
		assertThat(ticket.result()).isNotDone();
		assertThat(this.reader.summary(log.id()).size()).isEqualTo(before);
	}

	@Test
	void aSubmissionTheSequencerTookCannotBeAbandoned() throws Exception {
		LogInfo log = this.fixtures.log();
		Sequencer.Ticket ticket = this.sequencing.sequencer(log.id())
			.submit(new Submission.Custodial(ProbeKind.NAME, "side-a", "tester", "{}".getBytes(StandardCharsets.UTF_8),
					List.of()));
		ticket.result().get();
		assertThat(ticket.abandon()).isFalse();
	}

	@Test
	void custodialSequenceNumbersHaveNoGapsAfterAFailure() throws Exception {
		LogInfo log = this.fixtures.log();
		Sequencer sequencer = this.sequencing.sequencer(log.id());
		sequencer.submit(new Submission.Custodial(ProbeKind.NAME, "side-b", "tester",
				"{\"fail\":true}".getBytes(StandardCharsets.UTF_8), List.of())).result().exceptionally(e -> null).get();
		var ok = sequencer.submit(new Submission.Custodial(ProbeKind.NAME, "side-b", "tester",
				"{}".getBytes(StandardCharsets.UTF_8), List.of())).result().get();
		assertThat(this.reader.entry(log.id(), ok.index()).seq()).isEqualTo(1);
	}

}
