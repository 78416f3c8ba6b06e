package org.raqib.server.record;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.Rejected;
import org.raqib.tlog.EntryKind;
import org.springframework.http.HttpStatus;

/**
 * A kind of entry a module owns: its name and required co-signers, how its payload is checked, how it
 * updates the module's tables, how a correction or retraction of it applies, and who may read its
 * payload. Modules declare one bean per kind; the record finds them.
 *
 * <p>{@link #project} and {@link #revise} run inside the sequencer's transaction and must be
 * deterministic and total: read only the entry and its payload, never the clock or random numbers; a
 * record that conflicts with the state is kept and flagged, not refused. A handler that throws fails only
 * its own entry, which is then not appended.
 */
public interface RecordKind {

	/** The kind's name ({@code <module>.<event>/v<n>}) and the roles that must co-sign it. */
	EntryKind kind();

	default String name() {
		return kind().name();
	}

	/**
	 * Checks a payload before it is appended.
	 * @throws org.raqib.server.system.InvalidInput naming each field that is wrong.
	 */
	void validate(byte[] payload, List<Long> refs);

	/** Updates the module's projection from an appended entry. */
	void project(RecordedEntry entry);

	/**
	 * Applies a correction (with its replacement payload, already validated by {@link #validate}) or a
	 * retraction ({@code replacement} is null) of one of this kind's entries.
	 * @return whether it applied; false keeps the revision flagged as conflicting (e.g. already retracted).
	 */
	default boolean revise(RecordedEntry revision, RecordedEntry target, byte @Nullable [] replacement) {
		throw new Rejected(HttpStatus.BAD_REQUEST, "NOT_REVISABLE", name() + " entries cannot be corrected");
	}

	/** Need to know: whether this user (null when anonymous) may read the entry's payload. */
	boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry);

	/** The tables this kind's projection writes, each with a {@code log_id} column, for {@code rebuild}. */
	default List<String> projectionTables() {
		return List.of();
	}

}
