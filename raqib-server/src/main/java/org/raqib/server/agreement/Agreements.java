package org.raqib.server.agreement;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The agreements as recorded: each one's versions, and which was in force as of a log index or a time. */
@Service
public class Agreements {

	/** An agreement as listed. */
	public record Summary(String id, String nameEn, String nameAr, String status, java.time.LocalDate signed,
			String timeZone, Instant entryIntoForce, int version) {

		static Summary of(Version v) {
			AgreementDefinition d = v.definition();
			return new Summary(v.agreement(), d.name().en(), d.name().ar(), d.status(), d.signed(), d.timeZone(),
					Moments.of(d).entryIntoForce(), v.version());
		}

	}

	/** One version of an agreement, with the entry that recorded it. */
	public record Version(String agreement, int version, long index, Instant recordedAt, String recordedBy,
			Instant inForceFrom, @Nullable String reason, AgreementDefinition definition) {
	}

	private final JdbcClient jdbc;

	Agreements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every agreement in its latest version, the most recently signed first. */
	public List<Summary> list() {
		return this.jdbc.sql("""
				SELECT log_id, version, idx, recorded_at, recorded_by, in_force_from, reason, definition
				FROM agreement_version v
				WHERE version = (SELECT MAX(version) FROM agreement_version w WHERE w.log_id = v.log_id)
				""")
			.query(Agreements::version)
			.list()
			.stream()
			.map(Summary::of)
			.sorted(Comparator.comparing(Summary::signed).reversed().thenComparing(Summary::id))
			.toList();
	}

	public boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM agreement_version WHERE log_id = :id").param("id", id)
			.query(Long.class).single() > 0;
	}

	/** Every version of the agreement, oldest first. */
	public List<Version> versions(String id) {
		return this.jdbc.sql("""
				SELECT log_id, version, idx, recorded_at, recorded_by, in_force_from, reason, definition
				FROM agreement_version WHERE log_id = :id ORDER BY version
				""")
			.param("id", id)
			.query(Agreements::version)
			.list();
	}

	private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Version(rs.getString("log_id"), rs.getInt("version"), rs.getLong("idx"),
				Timestamps.instant(rs, "recorded_at"), rs.getString("recorded_by"), Timestamps.instant(rs, "in_force_from"),
				rs.getString("reason"), AgreementPayloads.fromJson(rs.getString("definition")));
	}

	/** The latest recorded version, whether or not in force yet. */
	public Optional<Version> latest(String id) {
		List<Version> versions = versions(id);
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
	}

	/**
	 * When an agreement's version runs: from entry into force to the end of its last phase, in its time zone.
	 * @param until null when the version has no phases or its last phase's end is not a moment.
	 */
	public record Term(Instant from, @Nullable Instant until) {

		public boolean covers(Instant at) {
			return !at.isBefore(this.from) && (this.until == null || at.isBefore(this.until));
		}

	}

	public static Term term(AgreementDefinition definition) {
		Moments moments = Moments.of(definition);
		Instant until = null;
		for (AgreementDefinition.Phase phase : definition.phases()) {
			Instant end = moments.end(phase.end());
			if (end == null) {
				return new Term(moments.entryIntoForce(), null);
			}
			until = until == null || end.isAfter(until) ? end : until;
		}
		return new Term(moments.entryIntoForce(), until);
	}

	/**
	 * The version in force in a view: among the versions recorded in it (up to its index, for the recorded
	 * view), the last to have come into force by its time; the first version when none had yet.
	 */
	public Version inForce(String id, AsOf asOf) {
		return inForce(versions(id), asOf).orElseThrow(() -> new NotFound("agreement " + id));
	}

	/** {@link #inForce(String, AsOf)} among versions already read. */
	public static java.util.Optional<Version> inForce(List<Version> versions, AsOf asOf) {
		List<Version> recorded = versions.stream()
			.filter(v -> asOf.view() != AsOf.View.RECORDED || v.index() <= asOf.index())
			.toList();
		return recorded.stream()
			.filter(v -> !v.inForceFrom().isAfter(asOf.at()) || v.version() == 1)
			.max(Comparator.comparingInt(Version::version));
	}

}
