package org.raqib.server.record;

import java.time.Instant;
import java.util.List;

/**
 * An entry as projection handlers and pages see it: what the signed leaf says, who caused it on the
 * server, and the payload it commits to. Handlers read only this (no clock, no random identifiers), so a
 * replay of the log rebuilds the same projections.
 *
 * @param keyName the key that signed for the party: {@code <party>/custodial} or a key the party holds.
 * @param recordedAt when recorded, as the entry says.
 * @param recordedBy the user the entry was recorded for (server side, not part of the signed leaf).
 * @param refs the indexes of the entries this one answers, corrects or confirms.
 */
public record RecordedEntry(String log, long index, String kind, String keyName, long seq, Instant recordedAt,
		String recordedBy, List<Long> refs, byte[] leafHash, byte[] payload) {

	public RecordedEntry {
		refs = List.copyOf(refs);
	}

	/** The party's code: the key name up to its first {@code /}. */
	public String party() {
		int slash = this.keyName.indexOf('/');
		return slash < 0 ? this.keyName : this.keyName.substring(0, slash);
	}

	/** Whether the server signed for the party with the party's custodial key. */
	public boolean custodial() {
		return this.keyName.endsWith("/custodial");
	}

}
