package org.raqib.server.system;

import java.nio.file.Path;

/**
 * A module's share of {@code ./raqib backup DIR}: what it must save so that {@code ./raqib restore DIR}
 * on a fresh installation brings the room back (the log, its payloads and keys; users; later the
 * restricted stores). Parts are restored in {@link #order()}.
 */
public interface BackupPart {

	/** The folder of this part under the backup directory. */
	String name();

	/** Lower goes first: access (users, parties) before the record, the record before its readers. */
	int order();

	void backup(Path dir);

	/** Restores into an empty store; refuses (and changes nothing) if the store is not empty. */
	void restore(Path dir);

	/** Whether the store holds nothing, so a restore may proceed. */
	boolean isEmpty();

}
