package org.raqib.server.record;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.raqib.server.system.Rejected;
import org.raqib.tlog.Entry;
import org.raqib.tlog.EntryBuilder;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.EntryVerifier;
import org.raqib.tlog.NoteSigner;
import org.raqib.tlog.Roster;
import org.raqib.tlog.RosterKey;
import org.raqib.tlog.RosterParty;
import org.raqib.tlog.SignedEntry;
import org.raqib.tlog.TlogException;
import org.springframework.http.HttpStatus;

/**
 * Decides, at its index, whether a submission becomes an entry: builds and signs custodial entries,
 * checks party-signed ones (roster, sequence number, references, the checkpoint it saw, its time), with
 * the same {@link EntryVerifier} every party's verifier runs.
 */
final class Admission {

	/** How far a party's claimed recording time may be from the server's. */
	static final Duration TIME_TOLERANCE = Duration.ofMinutes(10);

	record Admitted(SignedEntry signed, byte[] payload, String recordedBy) {
	}

	private final LogInfo log;

	private final LogKeys keys;

	private final EntryKinds kinds;

	private final Clock clock;

	private final LongFunction<byte[]> storedLeafHash;

	private final LongFunction<byte[]> storedCheckpointRoot;

	Admission(LogInfo log, LogKeys keys, EntryKinds kinds, Clock clock, LongFunction<byte[]> storedLeafHash,
			LongFunction<byte[]> storedCheckpointRoot) {
		this.log = log;
		this.keys = keys;
		this.kinds = kinds;
		this.clock = clock;
		this.storedLeafHash = storedLeafHash;
		this.storedCheckpointRoot = storedCheckpointRoot;
	}

	Admitted admit(Submission submission, SequencerState state, Map<Long, byte[]> batchLeaves) {
		long index = state.size;
		try {
			if (submission instanceof Submission.Custodial custodial) {
				return custodial(custodial, index, state, batchLeaves);
			}
			return partySigned((Submission.PartySigned) submission, index, state, batchLeaves);
		}
		catch (TlogException ex) {
			throw new Rejected(HttpStatus.BAD_REQUEST, ex.rule().name(), ex.getMessage());
		}
	}

	private Admitted custodial(Submission.Custodial c, long index, SequencerState state, Map<Long, byte[]> batch) {
		Roster roster = rosterFor(c.kind(), c.payload(), state);
		if (roster.party(c.party()).isEmpty()) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "PARTY_NOT_IN_ROSTER", c.party() + " is not a party to this log");
		}
		String keyName = c.party() + "/" + RosterKey.CUSTODIAL;
		var signers = new ArrayList<NoteSigner>();
		signers.add(custodialSigner(c.party()));
		for (String role : this.kinds.find(c.kind()).orElseThrow().cosignerRoles()) {
			if (!roster.party(c.party()).orElseThrow().hasRole(role)) {
				signers.add(custodialSigner(cosigner(roster, role)));
			}
		}
		EntryBuilder builder = Entry.builder()
			.origin(this.log.origin())
			.kind(c.kind())
			.party(keyName)
			.seq(state.nextSeq(keyName))
			.time(this.clock.instant().truncatedTo(ChronoUnit.SECONDS))
			.seen(state.checkpoint.size(), state.checkpoint.root())
			.payload(c.payload());
		for (long ref : c.refs()) {
			builder.ref(ref, leafHash(ref, index, batch));
		}
		SignedEntry signed = builder.sign(signers.toArray(NoteSigner[]::new));
		new EntryVerifier(roster, this.kinds).verify(index, signed);
		return new Admitted(signed, c.payload(), c.recordedBy());
	}

	private Admitted partySigned(Submission.PartySigned p, long index, SequencerState state, Map<Long, byte[]> batch) {
		Entry entry = p.signed().entry();
		Roster roster = rosterFor(entry.kind(), p.payload(), state);
		boolean stillValid = p.rosterVersion() == state.rosterVersion
				&& p.signers().stream().allMatch(key -> key.isValidAt(index));
		if (!stillValid) {
			new EntryVerifier(roster, this.kinds).verify(index, p.signed());
		}
		long expected = state.nextSeq(entry.party());
		if (entry.seq() != expected) {
			throw new Rejected(HttpStatus.CONFLICT, "SEQ", "the next seq of " + entry.party() + " is " + expected,
					Map.of("expectedSeq", expected));
		}
		for (Entry.Ref ref : entry.refs()) {
			if (!Arrays.equals(ref.leafHash(), leafHash(ref.index(), index, batch))) {
				throw new Rejected(HttpStatus.BAD_REQUEST, "REF", "entry " + ref.index() + " has another leaf hash");
			}
		}
		checkSeen(entry.seen(), state);
		Instant now = this.clock.instant();
		if (Duration.between(entry.time(), now).abs().compareTo(TIME_TOLERANCE) > 0) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "TIME", "the entry's time is more than "
					+ TIME_TOLERANCE.toMinutes() + " minutes from the log's");
		}
		return new Admitted(p.signed(), p.payload(), p.recordedBy());
	}

	/** A roster entry is checked against the roster in force, or against itself when it is the first. */
	private Roster rosterFor(String kind, byte[] payload, SequencerState state) {
		if (state.roster != null) {
			return state.roster;
		}
		if (!kind.equals(EntryKinds.ROSTER.name())) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "NO_ROSTER", "the log's first entry must be its roster");
		}
		return roster(payload);
	}

	Roster roster(byte[] payload) {
		Roster roster = Roster.parse(new String(payload, StandardCharsets.UTF_8));
		if (!roster.origin().equals(this.log.origin())) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "ORIGIN_MISMATCH", "the roster names another log");
		}
		return roster;
	}

	private void checkSeen(Entry.Seen seen, SequencerState state) {
		if (seen.size() == 0) {
			return; // everyone has seen the empty tree; the parser checked its root
		}
		if (seen.size() > state.checkpoint.size()) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "SEEN", "the log has signed no checkpoint of size " + seen.size());
		}
		byte[] root = seen.size() == state.checkpoint.size() ? state.checkpoint.root()
				: this.storedCheckpointRoot.apply(seen.size());
		if (root == null || !Arrays.equals(root, seen.root())) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "SEEN", "the log signed no checkpoint with that size and root");
		}
	}

	private byte[] leafHash(long ref, long index, Map<Long, byte[]> batch) {
		if (ref < 0 || ref >= index) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "REF", "entry " + ref + " is not in the log");
		}
		byte[] hash = batch.get(ref);
		return hash != null ? hash : this.storedLeafHash.apply(ref);
	}

	private NoteSigner custodialSigner(String party) {
		return this.keys.custodialKey(this.log.id(), party)
			.orElseThrow(() -> new Rejected(HttpStatus.BAD_REQUEST, "NO_CUSTODIAL_KEY",
					"the server holds no key for " + party))
			.signer();
	}

	private static String cosigner(Roster roster, String role) {
		return roster.parties()
			.stream()
			.filter(p -> p.hasRole(role))
			.map(RosterParty::name)
			.findFirst()
			.orElseThrow(() -> new Rejected(HttpStatus.BAD_REQUEST, "MISSING_SIGNATURE", "no party is a " + role));
	}

}
