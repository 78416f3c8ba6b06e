package org.raqib.server.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.raqib.tlog.Entry;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.SignerKey;

/**
 * A key side A holds itself, registered in one log, and the next sequence number under its name there.
 * Only one thread uses a key at a time: the log needs each key's entries in sequence.
 */
final class PartyKey {

	static final String KIND = "record.statement/v1";

	private final SignerKey key;

	private final String origin;

	private long nextSeq = 1;

	PartyKey(SignerKey key, String origin) {
		this.key = key;
		this.origin = origin;
	}

	String name() {
		return this.key.name();
	}

	long nextSeq() {
		return this.nextSeq;
	}

	/** The next entries of this key, signed now, without taking their sequence numbers yet. */
	List<byte[]> presign(int count, byte[] payload) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		var leaves = new ArrayList<byte[]>(count);
		for (int i = 0; i < count; i++) {
			leaves.add(leaf(this.nextSeq + i, now, payload));
		}
		return leaves;
	}

	/** Signs the next entry now, without taking its sequence number yet. */
	byte[] signNext(byte[] payload) {
		return leaf(this.nextSeq, Instant.now().truncatedTo(ChronoUnit.SECONDS), payload);
	}

	/** The log appended this many of the pre-signed entries. */
	void advance(long appended) {
		this.nextSeq += appended;
	}

	private byte[] leaf(long seq, Instant time, byte[] payload) {
		return Entry.builder()
			.origin(this.origin)
			.kind(KIND)
			.party(this.key.name())
			.seq(seq)
			.time(time)
			.seen(0, Hashes.emptyRoot())
			.payload(payload)
			.sign(this.key.signer())
			.leaf();
	}

}
