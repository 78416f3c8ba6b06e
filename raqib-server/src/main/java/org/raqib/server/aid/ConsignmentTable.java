package org.raqib.server.aid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code aid_consignment} and {@code aid_cargo} tables: each consignment as it stands, and its cargo. */
@Repository
class ConsignmentTable {

	private static final String SELECT = """
			SELECT reference, idx, party, agency, origin, crossing, destination, trucks, cargo, stage, stage_at, stage_idx,
			       arrived_at, left_at FROM aid_consignment
			""";

	private final JdbcClient jdbc;

	ConsignmentTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Consignment> find(String log, String reference) {
		return this.jdbc.sql(SELECT + " WHERE log_id = :log AND reference = :ref")
			.param("log", log)
			.param("ref", reference)
			.query(ConsignmentTable::consignment)
			.optional();
	}

	/** The consignments at the crossings some time that day: arrived before its end, still there after its start. */
	List<Consignment> atCrossings(String log, Instant from, Instant until) {
		// Two bounded searches rather than one OR: those that left after the day began, and those still there.
		return this.jdbc.sql("SELECT * FROM (" + SELECT + """
				 WHERE log_id = :log AND left_at > :from AND arrived_at < :until
				UNION ALL
				""" + SELECT + """
				 WHERE log_id = :log AND left_at IS NULL AND arrived_at < :until
				) waiting ORDER BY arrived_at, reference
				""")
			.param("log", log)
			.param("from", Timestamps.utc(from))
			.param("until", Timestamps.utc(until))
			.query(ConsignmentTable::consignment)
			.list();
	}

	/** The latest consignments, most recently moved first. */
	List<Consignment> latest(String log, int limit) {
		return this.jdbc.sql(SELECT + " WHERE log_id = :log ORDER BY stage_idx DESC LIMIT :limit")
			.param("log", log)
			.param("limit", limit)
			.query(ConsignmentTable::consignment)
			.list();
	}

	List<Consignment.Line> cargo(String log, String reference) {
		return this.jdbc.sql("""
				SELECT category, quantity, unit FROM aid_cargo WHERE log_id = :log AND reference = :ref ORDER BY line_no
				""")
			.param("log", log)
			.param("ref", reference)
			.query((rs, row) -> new Consignment.Line(rs.getString("category"), rs.getLong("quantity"), rs.getString("unit")))
			.list();
	}

	void register(RecordedEntry entry, AidPayloads.Registration registration) {
		this.jdbc.sql("""
				INSERT INTO aid_consignment (log_id, reference, idx, party, agency, origin, crossing, destination, trucks, cargo,
				                             stage, stage_at, stage_idx)
				VALUES (:log, :ref, :idx, :party, :agency, :origin, :crossing, :destination, :trucks, :cargo, 'REGISTERED',
				        :at, :idx)
				""")
			.param("log", entry.log())
			.param("ref", registration.reference())
			.param("idx", entry.index())
			.param("party", entry.party())
			.param("agency", registration.agency())
			.param("origin", registration.origin())
			.param("crossing", registration.crossing())
			.param("destination", Codes.code(registration.destination()))
			.param("trucks", registration.trucks())
			.param("cargo", String.join(";", registration.categories()))
			.param("at", Timestamps.utc(registration.occurredAt()))
			.update();
		var lines = registration.cargo();
		for (int i = 0; i < lines.size(); i++) {
			this.jdbc.sql("""
					INSERT INTO aid_cargo (log_id, reference, line_no, category, quantity, unit)
					VALUES (:log, :ref, :line, :category, :quantity, :unit)
					""")
				.param("log", entry.log())
				.param("ref", registration.reference())
				.param("line", i + 1)
				.param("category", Codes.code(lines.get(i).category()))
				.param("quantity", lines.get(i).quantity())
				.param("unit", Codes.code(lines.get(i).unit()))
				.update();
		}
	}

	/** Moves a consignment to its next stage; arriving starts its wait, crossing or rejection ends it. */
	void move(String log, String reference, Stage stage, Instant at, long index) {
		this.jdbc.sql("""
				UPDATE aid_consignment SET stage = :stage, stage_at = :at, stage_idx = :idx,
				       arrived_at = CASE WHEN :arrives THEN :at ELSE arrived_at END,
				       left_at = CASE WHEN :leaves THEN :at ELSE left_at END
				WHERE log_id = :log AND reference = :ref
				""")
			.param("stage", stage.name())
			.param("at", Timestamps.utc(at))
			.param("idx", index)
			.param("arrives", stage == Stage.ARRIVED)
			.param("leaves", stage == Stage.CROSSED || stage == Stage.REJECTED)
			.param("log", log)
			.param("ref", reference)
			.update();
	}

	private static Consignment consignment(ResultSet rs, int row) throws SQLException {
		String cargo = rs.getString("cargo");
		return new Consignment(rs.getString("reference"), rs.getLong("idx"), rs.getString("party"), rs.getString("agency"),
				rs.getString("origin"), rs.getString("crossing"), rs.getString("destination"), rs.getInt("trucks"),
				cargo.isEmpty() ? Set.of() : Set.of(cargo.split(";")), Stage.valueOf(rs.getString("stage")),
				instant(rs, "stage_at"), rs.getLong("stage_idx"), Timestamps.instant(rs, "arrived_at"),
				Timestamps.instant(rs, "left_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		@Nullable Instant at = Timestamps.instant(rs, column);
		if (at == null) {
			throw new SQLException(column + " is null");
		}
		return at;
	}

}
