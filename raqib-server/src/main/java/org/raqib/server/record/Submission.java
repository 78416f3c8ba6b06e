package org.raqib.server.record;

import java.util.List;

import org.raqib.tlog.RosterKey;
import org.raqib.tlog.SignedEntry;

/** What the sequencer is asked to append. */
sealed interface Submission permits Submission.Custodial, Submission.PartySigned {

	String recordedBy();

	byte[] payload();

	/** An entry the server builds and signs with the party's custodial key, for one of the party's users. */
	record Custodial(String kind, String party, String recordedBy, byte[] payload, List<Long> refs)
			implements Submission {

		public Custodial {
			refs = List.copyOf(refs);
		}

	}

	/**
	 * An entry a party signed with a key it holds. Its signatures were already checked against the roster
	 * of {@code rosterVersion}, outside the sequencer, so that checking scales with the cores.
	 */
	record PartySigned(SignedEntry signed, byte[] payload, String recordedBy, long rosterVersion,
			List<RosterKey> signers) implements Submission {
	}

}
