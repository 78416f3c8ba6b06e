package org.raqib.server.record;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.tlog.Roster;

/**
 * What the sequencer knows of its log between batches: the next index, the last sequence number under
 * each key name, the roster in force and the latest checkpoint. A batch works on a copy and the copy
 * replaces this only when the batch commits, so a rolled-back batch leaves no trace.
 */
final class SequencerState {

	long size;

	final Map<String, Long> seqs;

	@Nullable Roster roster;

	long rosterVersion;

	StoredCheckpoint checkpoint;

	SequencerState(long size, Map<String, Long> seqs, @Nullable Roster roster, long rosterVersion,
			StoredCheckpoint checkpoint) {
		this.size = size;
		this.seqs = new HashMap<>(seqs);
		this.roster = roster;
		this.rosterVersion = rosterVersion;
		this.checkpoint = checkpoint;
	}

	SequencerState copy() {
		return new SequencerState(this.size, this.seqs, this.roster, this.rosterVersion, this.checkpoint);
	}

	long nextSeq(String keyName) {
		return this.seqs.getOrDefault(keyName, 0L) + 1;
	}

}
