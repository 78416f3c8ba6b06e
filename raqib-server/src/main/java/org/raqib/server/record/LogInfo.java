package org.raqib.server.record;

import java.time.Instant;

/**
 * A log: its identifier (the agreement's), its origin (the name in every checkpoint and entry) and the
 * log key that signs its checkpoints.
 */
public record LogInfo(String id, String origin, String vkey, Instant createdAt, String createdBy) {

	/** Where the public tlog-tiles layout of the log is served. */
	public String base() {
		return "/log/" + this.id;
	}

}
