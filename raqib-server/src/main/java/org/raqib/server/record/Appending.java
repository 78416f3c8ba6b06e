package org.raqib.server.record;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.system.Rejected;
import org.raqib.tlog.Entry;
import org.raqib.tlog.EntryVerifier;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Note;
import org.raqib.tlog.SignedEntry;
import org.raqib.tlog.TlogException;
import org.raqib.tlog.VerifiedEntry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * How facts enter the record. Modules append entries of their kinds for a party, signed with the party's
 * custodial key; a party that holds its own key submits entries it signed. Either way the caller gets
 * the index once the entry is durable, with the log's signed promise.
 */
@Service
public class Appending {

	/** A payload is a document about one fact; files go beside it, content-addressed. */
	public static final int MAX_PAYLOAD = 64 * 1024;

	static final Duration WAIT = Duration.ofSeconds(30);

	private final Sequencing sequencing;

	private final KindRegistry kinds;

	private final Revisions revisions;

	private final LogKeys keys;

	Appending(Sequencing sequencing, KindRegistry kinds, Revisions revisions, LogKeys keys) {
		this.sequencing = sequencing;
		this.kinds = kinds;
		this.revisions = revisions;
		this.keys = keys;
	}

	/**
	 * Appends an entry the server signs for the party.
	 * @param recordedBy the user on whose behalf (kept beside the entry, not in it).
	 * @param refs the entries this one refers to (for corrections, the one it replaces).
	 */
	public Appended append(String log, String kind, String party, String recordedBy, byte[] payload, List<Long> refs) {
		checkPayload(log, kind, payload, refs);
		Sequencer sequencer = this.sequencing.sequencer(log);
		return promise(sequencer, await(sequencer.submit(new Submission.Custodial(kind, party, recordedBy, payload, refs))));
	}

	/** Appends an entry the party signed with a key it holds, submitted by one of its liaisons. */
	public Appended submitSigned(String log, byte[] leaf, byte[] payload, RaqibUser user) {
		SignedEntry signed = parse(leaf);
		Entry entry = signed.entry();
		if (!Arrays.equals(Hashes.sha256(payload), entry.payloadSha256())) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "PAYLOAD_MISMATCH", "the payload does not match payload-sha256");
		}
		String party = entry.party().contains("/") ? entry.party().substring(0, entry.party().indexOf('/')) : entry.party();
		if (entry.party().endsWith("/custodial")) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "CUSTODIAL_KEY", "entries under a custodial key are the server's");
		}
		if (user.grants().stream().noneMatch(g -> g.role() == Role.PARTY_LIAISON && g.covers(log)
				&& party.equals(g.party()))) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_YOUR_PARTY", "you are not a liaison of " + party + " here");
		}
		var refs = entry.refs().stream().map(Entry.Ref::index).toList();
		checkPayload(log, entry.kind(), payload, refs);
		Sequencer sequencer = this.sequencing.sequencer(log);
		Sequencer.Snapshot snapshot = sequencer.snapshot();
		if (snapshot.roster() == null) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "NO_ROSTER", "the log has no roster yet");
		}
		VerifiedEntry verified;
		try {
			verified = new EntryVerifier(snapshot.roster(), this.kinds.entryKinds()).verify(snapshot.size(), signed);
		}
		catch (TlogException ex) {
			throw new Rejected(HttpStatus.BAD_REQUEST, ex.rule().name(), ex.getMessage());
		}
		var submission = new Submission.PartySigned(signed, payload, user.getUsername(), snapshot.rosterVersion(),
				verified.signers());
		return promise(sequencer, await(sequencer.submit(submission)));
	}

	private void checkPayload(String log, String kind, byte[] payload, List<Long> refs) {
		if (payload.length > MAX_PAYLOAD) {
			throw new Rejected(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
					"a payload has at most " + MAX_PAYLOAD + " bytes");
		}
		this.kinds.get(kind).validate(payload, refs);
		if (Revisions.isRevision(kind)) {
			this.revisions.validateAgainstTarget(log, payload, refs.get(0), kind.equals(Revisions.CORRECTION));
		}
	}

	private Appended promise(Sequencer sequencer, Sequencer.Sequenced sequenced) {
		LogInfo log = sequencer.log();
		String text = log.origin() + " promise/v1\nindex " + sequenced.index() + "\nleaf "
				+ java.util.Base64.getEncoder().encodeToString(sequenced.leafHash()) + "\ntime "
				+ sequenced.recordedAt() + "\n";
		String promise = new String(Note.sign(text, this.keys.logKey(log.id()).signer()).encode(),
				java.nio.charset.StandardCharsets.UTF_8);
		return new Appended(log.id(), sequenced.index(), sequenced.leafHash(), sequenced.recordedAt(), promise);
	}

	private static SignedEntry parse(byte[] leaf) {
		try {
			return SignedEntry.parse(leaf);
		}
		catch (TlogException ex) {
			throw new Rejected(HttpStatus.BAD_REQUEST, ex.rule().name(), ex.getMessage());
		}
	}

	/**
	 * Waits for the outcome. A submission still queued after {@link #WAIT} is withdrawn, so the answer
	 * "not appended" is true; one the sequencer already took is waited for, since it will be decided.
	 */
	static Sequencer.Sequenced await(Sequencer.Ticket ticket) {
		try {
			return ticket.result().get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			if (ticket.abandon()) {
				throw new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "TIMEOUT",
						"the log did not take the entry in time; it was not appended");
			}
			return await(ticket.result());
		}
		catch (ExecutionException ex) {
			throw unwrap(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "INTERRUPTED", "interrupted while waiting for the log");
		}
	}

	static RuntimeException unwrap(ExecutionException ex) {
		return ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
	}

	static <T> T await(CompletableFuture<T> future) {
		try {
			return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "TIMEOUT", "the log did not answer in time");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "INTERRUPTED", "interrupted while waiting for the log");
		}
	}

}
