package org.raqib.server.record;

import java.time.Instant;

/** A row of {@code record_entry}: the leaf and what it says, as stored. */
record StoredEntry(long index, byte[] leaf, byte[] leafHash, String kind, String party, long seq, Instant recordedAt,
		String recordedBy) {
}
