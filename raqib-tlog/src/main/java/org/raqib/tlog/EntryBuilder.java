package org.raqib.tlog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link Entry}. Every field but {@code ref} must be set; {@link #build()} checks them all.
 * Not thread-safe.
 */
public final class EntryBuilder {

    private String origin;
    private String kind;
    private String party;
    private long seq;
    private Instant time;
    private Entry.Seen seen;
    private final List<Entry.Ref> refs = new ArrayList<>();
    private byte[] payloadSha256;

    EntryBuilder() {
    }

    /** Sets the log's origin. */
    public EntryBuilder origin(String origin) {
        this.origin = origin;
        return this;
    }

    /** Sets the kind, {@code <module>.<event>/v<n>}. */
    public EntryBuilder kind(String kind) {
        this.kind = kind;
        return this;
    }

    /** Sets the name of the party's signing key. */
    public EntryBuilder party(String party) {
        this.party = party;
        return this;
    }

    /** Sets the party key's sequence number, from 1. */
    public EntryBuilder seq(long seq) {
        this.seq = seq;
        return this;
    }

    /** Sets the time of recording, to the second. */
    public EntryBuilder time(Instant time) {
        this.time = time;
        return this;
    }

    /** Sets the checkpoint the party had last verified. */
    public EntryBuilder seen(long size, byte[] root) {
        this.seen = new Entry.Seen(size, root);
        return this;
    }

    /** Sets the checkpoint the party had last verified. */
    public EntryBuilder seen(Checkpoint checkpoint) {
        return seen(checkpoint.size(), checkpoint.root());
    }

    /** Adds a reference to the entry at {@code index} with {@code leafHash}. */
    public EntryBuilder ref(long index, byte[] leafHash) {
        refs.add(new Entry.Ref(index, leafHash));
        return this;
    }

    /** Sets the payload's SHA-256. */
    public EntryBuilder payloadSha256(byte[] payloadSha256) {
        this.payloadSha256 = payloadSha256;
        return this;
    }

    /** Sets the payload's SHA-256 from the exact payload bytes, which stay out of the entry. */
    public EntryBuilder payload(byte[] payload) {
        return payloadSha256(Hashes.sha256(payload));
    }

    /**
     * Returns the entry.
     *
     * @throws EntryException naming the rule a value breaks
     * @throws NullPointerException if a field other than {@code ref} is not set
     */
    public Entry build() {
        return new Entry(origin, kind, party, seq, time, seen, refs, payloadSha256);
    }

    /** Returns the entry signed by {@code signers}: the party's key first, then the co-signers the kind requires. */
    public SignedEntry sign(NoteSigner... signers) {
        return build().sign(signers);
    }
}
