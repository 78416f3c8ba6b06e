package org.raqib.server.aid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code aid_step} table: every step of every consignment, and the day's figures read from it. */
@Repository
class PipelineTable {

	private static final String SELECT = """
			SELECT idx, reference, stage, party, occurred_at, crossing, trucks, prior_stage, waited_s, reason, manner, note,
			       conflict FROM aid_step
			""";

	private final JdbcClient jdbc;

	PipelineTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A step as the projection writes it, with the local day it counts for. */
	record Row(String log, ConsignmentStep step, LocalDate day) {
	}

	void insert(Row row) {
		ConsignmentStep s = row.step();
		this.jdbc.sql("""
				INSERT INTO aid_step (log_id, idx, reference, stage, party, occurred_at, occurred_on, crossing, trucks,
				                      prior_stage, waited_s, reason, manner, note, conflict)
				VALUES (:log, :idx, :ref, :stage, :party, :at, :day, :crossing, :trucks, :prior, :waited, :reason, :manner,
				        :note, :conflict)
				""")
			.param("log", row.log())
			.param("idx", s.index())
			.param("ref", s.reference())
			.param("stage", s.stage().name())
			.param("party", s.party())
			.param("at", Timestamps.utc(s.occurredAt()))
			.param("day", row.day())
			.param("crossing", s.crossing())
			.param("trucks", s.trucks())
			.param("prior", s.priorStage() == null ? null : s.priorStage().name())
			.param("waited", s.waitedSeconds())
			.param("reason", s.reason())
			.param("manner", s.manner())
			.param("note", s.note())
			.param("conflict", s.conflict())
			.update();
	}

	List<ConsignmentStep> ofConsignment(String log, String reference) {
		return this.jdbc.sql(SELECT + " WHERE log_id = :log AND reference = :ref ORDER BY idx")
			.param("log", log)
			.param("ref", reference)
			.query(PipelineTable::step)
			.list();
	}

	/** Trucks and consignments that reached each stage at each crossing that day. */
	List<StageCount> stageCounts(String log, LocalDate day) {
		return this.jdbc.sql("""
				SELECT crossing, stage, COUNT(*) AS consignments, SUM(trucks) AS trucks FROM aid_step
				WHERE log_id = :log AND occurred_on = :day AND conflict IS NULL
				GROUP BY crossing, stage
				""")
			.param("log", log)
			.param("day", day)
			.query((rs, row) -> new StageCount(rs.getString("crossing"), Stage.valueOf(rs.getString("stage")),
					rs.getInt("consignments"), rs.getLong("trucks")))
			.list();
	}

	record StageCount(String crossing, Stage stage, int consignments, long trucks) {
	}

	/** How long consignments that left a stage that day had spent in it, per crossing: median and 90th percentile. */
	List<CrossingBoard.TimeInStage> timeInStage(String log, LocalDate day) {
		return this.jdbc.sql("""
				SELECT crossing, prior_stage, COUNT(*) AS steps,
				       PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY waited_s) AS median_s,
				       PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY waited_s) AS p90_s
				FROM aid_step
				WHERE log_id = :log AND occurred_on = :day AND conflict IS NULL AND prior_stage IS NOT NULL
				GROUP BY crossing, prior_stage
				""")
			.param("log", log)
			.param("day", day)
			.query((rs, row) -> new CrossingBoard.TimeInStage(rs.getString("crossing"), Stage.valueOf(rs.getString("prior_stage")),
					rs.getInt("steps"), rs.getLong("median_s"), rs.getLong("p90_s")))
			.list();
	}

	/** The room's own trucks per day, crossing and stage over a period: what competing counts are set against. */
	List<DailyTrucks> daily(String log, LocalDate from, LocalDate until, Collection<Stage> stages) {
		return this.jdbc.sql("""
				SELECT occurred_on, crossing, stage, SUM(trucks) AS trucks FROM aid_step
				WHERE log_id = :log AND occurred_on BETWEEN :from AND :until AND conflict IS NULL AND stage IN (:stages)
				GROUP BY occurred_on, crossing, stage ORDER BY occurred_on, crossing, stage
				""")
			.param("log", log)
			.param("from", from)
			.param("until", until)
			.param("stages", stages.stream().map(Stage::name).toList())
			.query((rs, row) -> new DailyTrucks(rs.getObject("occurred_on", LocalDate.class), rs.getString("crossing"),
					Stage.valueOf(rs.getString("stage")), rs.getLong("trucks")))
			.list();
	}

	record DailyTrucks(LocalDate day, String crossing, Stage stage, long trucks) {
	}

	/** Trucks per day, crossing, stage and cargo mix (the consignment's categories): the export's rows. */
	List<Aggregate> aggregates(String log) {
		return this.jdbc.sql("""
				SELECT s.occurred_on, s.crossing, s.stage, c.cargo, c.destination, COUNT(*) AS consignments,
				       SUM(s.trucks) AS trucks
				FROM aid_step s JOIN aid_consignment c ON c.log_id = s.log_id AND c.reference = s.reference
				WHERE s.log_id = :log AND s.conflict IS NULL
				GROUP BY s.occurred_on, s.crossing, s.stage, c.cargo, c.destination
				ORDER BY s.occurred_on, s.crossing, s.stage, c.cargo, c.destination
				""")
			.param("log", log)
			.query((rs, row) -> new Aggregate(rs.getObject("occurred_on", LocalDate.class), rs.getString("crossing"),
					Stage.valueOf(rs.getString("stage")), rs.getString("cargo"), rs.getString("destination"),
					rs.getInt("consignments"), rs.getLong("trucks")))
			.list();
	}

	record Aggregate(LocalDate day, String crossing, Stage stage, String cargo, String destination, int consignments,
			long trucks) {
	}

	/** The first and last days with a step, or none. */
	@Nullable LocalDate lastDay(String log) {
		return this.jdbc.sql("SELECT MAX(occurred_on) FROM aid_step WHERE log_id = :log AND conflict IS NULL")
			.param("log", log)
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.optional()
			.orElse(null);
	}

	private static ConsignmentStep step(ResultSet rs, int row) throws SQLException {
		String prior = rs.getString("prior_stage");
		return new ConsignmentStep(rs.getLong("idx"), rs.getString("reference"), Stage.valueOf(rs.getString("stage")),
				rs.getString("party"), java.util.Objects.requireNonNull(Timestamps.instant(rs, "occurred_at")),
				rs.getString("crossing"), rs.getInt("trucks"), prior == null ? null : Stage.valueOf(prior),
				rs.getObject("waited_s", Long.class), rs.getString("reason"), rs.getString("manner"), rs.getString("note"),
				rs.getString("conflict"));
	}

}
