package org.raqib.server.record;

import java.time.Instant;

import org.raqib.tlog.Hashes;

/** A checkpoint the log signed: the tree size, its root and the signed note. */
record StoredCheckpoint(long size, byte[] root, byte[] note, Instant signedAt) {

	/** Before the first checkpoint: the empty tree. */
	static StoredCheckpoint empty() {
		return new StoredCheckpoint(0, Hashes.emptyRoot(), new byte[0], Instant.EPOCH);
	}

}
