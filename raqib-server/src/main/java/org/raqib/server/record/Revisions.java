package org.raqib.server.record;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Timestamps;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Corrections and retractions: a new entry that refers ({@code ref}) to the one it replaces, with a
 * reason. The kind that owns the referenced entry applies it to its projection; every revision is kept in
 * {@code record_revision}, so each record's history can be shown, and one that cannot apply (the record
 * was already retracted) is kept and flagged.
 */
@Component
public class Revisions {

	public static final String CORRECTION = "record.correction/v1";

	public static final String RETRACTION = "record.retraction/v1";

	/** One revision of a record, for its history. */
	public record Revision(long index, String kind, String reason, String party, java.time.Instant recordedAt,
			boolean applied) {
	}

	private final EntryStore entries;

	private final KindRegistry kinds;

	private final JdbcClient jdbc;

	Revisions(EntryStore entries, @Lazy KindRegistry kinds, JdbcClient jdbc) {
		this.entries = entries;
		this.kinds = kinds;
		this.jdbc = jdbc;
	}

	public List<Revision> history(String log, long index) {
		return this.jdbc.sql("""
				SELECT idx, kind, reason, party, recorded_at, applied FROM record_revision
				WHERE log_id = :log AND target_idx = :target ORDER BY idx
				""")
			.param("log", log)
			.param("target", index)
			.query((rs, row) -> new Revision(rs.getLong("idx"), rs.getString("kind"), rs.getString("reason"),
					rs.getString("party"), Timestamps.instant(rs, "recorded_at"), rs.getBoolean("applied")))
			.list();
	}

	void validate(byte[] payload, List<Long> refs, boolean correction) {
		if (refs.size() != 1) {
			throw InvalidInput.of("ref", "record.revision.one-ref");
		}
		Payloads fields = Payloads.object(payload, correction ? Set.of("reason", "replacement") : Set.of("reason"));
		fields.requiredText("reason", 2000);
		if (correction && !fields.has("replacement")) {
			throw InvalidInput.of("replacement", "record.payload.required");
		}
	}

	/** Checks a revision against the entry it names: that it exists, and that the replacement suits its kind. */
	void validateAgainstTarget(String log, byte[] payload, long target, boolean correction) {
		RecordedEntry original = load(log, target);
		RecordKind kind = this.kinds.get(original.kind());
		if (isRevision(original.kind())) {
			throw InvalidInput.of("ref", "record.revision.of-revision");
		}
		if (correction) {
			kind.validate(Payloads.object(payload, Set.of("reason", "replacement")).raw("replacement"), List.of());
		}
	}

	void project(RecordedEntry revision, boolean correction) {
		RecordedEntry target = load(revision.log(), revision.refs().get(0));
		Payloads fields = Payloads.object(revision.payload(), correction ? Set.of("reason", "replacement")
				: Set.of("reason"));
		byte @Nullable [] replacement = correction ? fields.raw("replacement") : null;
		boolean applied = !isRevision(target.kind())
				&& this.kinds.get(target.kind()).revise(revision, target, replacement);
		this.jdbc.sql("""
				INSERT INTO record_revision (log_id, idx, target_idx, kind, reason, party, recorded_at, applied)
				VALUES (:log, :idx, :target, :kind, :reason, :party, :at, :applied)
				""")
			.param("log", revision.log())
			.param("idx", revision.index())
			.param("target", target.index())
			.param("kind", revision.kind())
			.param("reason", fields.requiredText("reason", 2000))
			.param("party", revision.party())
			.param("at", Timestamps.utc(revision.recordedAt()))
			.param("applied", applied)
			.update();
	}

	static boolean isRevision(String kind) {
		return kind.equals(CORRECTION) || kind.equals(RETRACTION);
	}

	RecordedEntry load(String log, long index) {
		StoredEntry stored = this.entries.entry(log, index).orElseThrow(() -> new NotFound("entry"));
		byte[] payload = this.entries.payload(log, index).orElseThrow(() -> new NotFound("payload"));
		return Projections.recorded(log, stored, payload);
	}

}
