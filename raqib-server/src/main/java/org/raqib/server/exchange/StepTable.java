package org.raqib.server.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.PersonRef;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code exchange_step} and {@code exchange_step_person} tables. */
@Repository
class StepTable {

	private static final String SELECT = """
			SELECT idx, step, round_no, party, occurred_at, place, reason, persons, ref_idx, conflict, state FROM exchange_step
			""";

	private final JdbcClient jdbc;

	StepTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PathEvent> find(String log, long index) {
		return this.jdbc.sql(SELECT + " WHERE log_id = :log AND idx = :idx")
			.param("log", log)
			.param("idx", index)
			.query(StepTable::event)
			.optional();
	}

	List<PathEvent> ofRound(String log, int round) {
		return this.jdbc.sql(SELECT + " WHERE log_id = :log AND round_no = :round ORDER BY idx")
			.param("log", log)
			.param("round", round)
			.query(StepTable::event)
			.list();
	}

	/** The steps that moved a person, in order. */
	List<PathEvent> ofPerson(String log, PersonRef ref) {
		return this.jdbc.sql(SELECT + """
				 WHERE log_id = :log AND idx IN (SELECT idx FROM exchange_step_person WHERE log_id = :log AND person_ref = :ref)
				 ORDER BY idx
				""").param("log", log).param("ref", ref.value()).query(StepTable::event).list();
	}

	/** The persons a step entry moved. */
	Set<PersonRef> persons(String log, long index) {
		return Set.copyOf(this.jdbc.sql("SELECT person_ref FROM exchange_step_person WHERE log_id = :log AND idx = :idx")
			.param("log", log)
			.param("idx", index)
			.query((rs, row) -> new PersonRef(rs.getString("person_ref")))
			.list());
	}

	void insert(RecordedEntry entry, ExchangePayloads.Step step, @Nullable Long joined, @Nullable String conflict) {
		this.jdbc.sql("""
				INSERT INTO exchange_step (log_id, idx, step, round_no, party, occurred_at, place, reason, persons, ref_idx,
				                           conflict, state)
				VALUES (:log, :idx, :step, :round, :party, :occurred, :place, :reason, :persons, :joined, :conflict, 'current')
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("step", step.step().name())
			.param("round", step.round())
			.param("party", entry.party())
			.param("occurred", Timestamps.utc(step.occurredAt()))
			.param("place", step.place())
			.param("reason", step.reason())
			.param("persons", step.persons().size())
			.param("joined", joined)
			.param("conflict", conflict)
			.update();
	}

	void moved(RecordedEntry entry, ListMember member) {
		this.jdbc.sql("""
				INSERT INTO exchange_step_person (log_id, idx, person_ref, prior_status, prior_idx)
				VALUES (:log, :idx, :ref, :status, :prior)
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("ref", member.ref().value())
			.param("status", member.status().name())
			.param("prior", member.statusIndex())
			.update();
	}

	/** Where each person a step moved stood before it. */
	List<Prior> priors(String log, long index) {
		return this.jdbc.sql("SELECT person_ref, prior_status, prior_idx FROM exchange_step_person WHERE log_id = :log AND idx = :idx")
			.param("log", log)
			.param("idx", index)
			.query((rs, row) -> new Prior(new PersonRef(rs.getString("person_ref")),
					PathStep.valueOf(rs.getString("prior_status")), rs.getLong("prior_idx")))
			.list();
	}

	record Prior(PersonRef ref, PathStep status, long index) {
	}

	void revise(String log, long index, String state, ExchangePayloads.@Nullable Step replacement) {
		if (replacement == null) {
			this.jdbc.sql("UPDATE exchange_step SET state = :state WHERE log_id = :log AND idx = :idx")
				.param("state", state).param("log", log).param("idx", index).update();
			return;
		}
		this.jdbc.sql("""
				UPDATE exchange_step SET state = :state, occurred_at = :occurred, place = :place, reason = :reason
				WHERE log_id = :log AND idx = :idx
				""")
			.param("state", state)
			.param("occurred", Timestamps.utc(replacement.occurredAt()))
			.param("place", replacement.place())
			.param("reason", replacement.reason())
			.param("log", log)
			.param("idx", index)
			.update();
	}

	private static PathEvent event(ResultSet rs, int row) throws SQLException {
		return new PathEvent(rs.getLong("idx"), PathStep.valueOf(rs.getString("step")), rs.getInt("round_no"),
				rs.getString("party"), Timestamps.instant(rs, "occurred_at"), rs.getString("place"), rs.getString("reason"),
				rs.getInt("persons"), rs.getObject("ref_idx", Long.class), rs.getString("conflict"), rs.getString("state"));
	}

}
