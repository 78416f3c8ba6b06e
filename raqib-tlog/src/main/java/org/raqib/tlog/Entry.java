package org.raqib.tlog;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import static org.raqib.tlog.EntryException.Rule.HEADER;
import static org.raqib.tlog.EntryException.Rule.KIND;
import static org.raqib.tlog.EntryException.Rule.PARTY;
import static org.raqib.tlog.EntryException.Rule.PAYLOAD_HASH;
import static org.raqib.tlog.EntryException.Rule.REF;
import static org.raqib.tlog.EntryException.Rule.SEEN;
import static org.raqib.tlog.EntryException.Rule.SEQ;
import static org.raqib.tlog.EntryException.Rule.TIME;

/**
 * The text of a Raqib entry: what a party records, signed as a C2SP note ({@link SignedEntry}) and
 * appended to the log as one leaf. Fields come in this order, each once except {@code ref}:
 *
 * <pre>
 * ceasefire.example/log/2026a entry/v1          the log's origin and the format version
 * kind exchange.handover/v1                     &lt;module&gt;.&lt;event&gt;/v&lt;n&gt;, from the registry
 * party party-a.example/custodial               the signing key's name
 * seq 417                                       the counter of this party key name, from 1
 * time 2026-03-02T09:14:05Z                     when recorded: RFC 3339, UTC, seconds
 * seen 20852163 CsUYapGGPo4dkMgIAUqom/Xa…=      the latest checkpoint the party had verified
 * ref 1234 &lt;base64 leaf hash&gt;                   zero or more entries this one answers
 * payload-sha256 &lt;base64&gt;                       the payload, which is stored beside the log
 * </pre>
 *
 * The constructor checks every value; {@link #parse} checks the text line by line.
 *
 * @param origin the log's origin, a key name
 * @param kind the entry kind
 * @param party the name of the party's signing key
 * @param seq the sequence number of entries signed under this {@code party} key name: 1, 2, 3…, unsigned
 * @param time when the entry was recorded, to the second
 * @param seen the checkpoint the party had last verified
 * @param refs the entries this one refers to
 * @param payloadSha256 SHA-256 of the exact payload bytes
 */
public record Entry(String origin, String kind, String party, long seq, Instant time, Seen seen, List<Ref> refs,
        byte[] payloadSha256) {

    /** The format version on the first line. */
    public static final String VERSION = "entry/v1";

    /**
     * A checkpoint the party had seen: "not earlier than".
     *
     * @param size the tree size, unsigned
     * @param root the 32-byte root; SHA-256() for size 0
     */
    public record Seen(long size, byte[] root) {

        /** Checks and copies the root. */
        public Seen {
            if (!Hashes.isHash(root) || size == 0 && !MessageDigest.isEqual(root, Hashes.emptyRoot())) {
                throw new EntryException(SEEN, "the root must be 32 bytes, and SHA-256() for size 0");
            }
            root = root.clone();
        }

        @Override
        public byte[] root() {
            return root.clone();
        }
    }

    /**
     * A reference to an earlier entry.
     *
     * @param index the entry's index, unsigned
     * @param leafHash the entry's 32-byte leaf hash
     */
    public record Ref(long index, byte[] leafHash) {

        /** Checks and copies the leaf hash. */
        public Ref {
            if (!Hashes.isHash(leafHash)) {
                throw new EntryException(REF, "a referenced leaf hash is 32 bytes");
            }
            leafHash = leafHash.clone();
        }

        @Override
        public byte[] leafHash() {
            return leafHash.clone();
        }
    }

    /**
     * Checks every value.
     *
     * @throws EntryException naming the rule a value breaks
     */
    public Entry {
        check(KeyNames.isValid(origin), HEADER, "invalid origin '" + origin + "'");
        check(EntryKind.isValidName(kind), KIND, "invalid kind '" + kind + "'");
        check(KeyNames.isValid(party), PARTY, "invalid party key name '" + party + "'");
        check(seq != 0, SEQ, "seq starts at 1");
        Objects.requireNonNull(seen, "seen");
        check(time.getNano() == 0 && formatTime(time).matches(EntryParser.TIME_PATTERN), TIME, "time must be whole seconds, years 0-9999");
        refs = List.copyOf(refs);
        check(Hashes.isHash(payloadSha256), PAYLOAD_HASH, "the payload hash is 32 bytes");
        payloadSha256 = payloadSha256.clone();
    }

    /** Returns a builder of entries. */
    public static EntryBuilder builder() {
        return new EntryBuilder();
    }

    /**
     * Parses an entry text (a note text, without signatures).
     *
     * @throws EntryException naming the first rule the text breaks
     */
    public static Entry parse(String text) {
        return EntryParser.parse(text);
    }

    /** Returns the entry text, each line ending in a newline. */
    public String text() {
        StringBuilder text = new StringBuilder()
                .append(origin).append(' ').append(VERSION).append('\n')
                .append("kind ").append(kind).append('\n')
                .append("party ").append(party).append('\n')
                .append("seq ").append(Long.toUnsignedString(seq)).append('\n')
                .append("time ").append(formatTime(time)).append('\n')
                .append("seen ").append(Long.toUnsignedString(seen.size())).append(' ')
                .append(StrictBase64.encode(seen.root())).append('\n');
        for (Ref ref : refs) {
            text.append("ref ").append(Long.toUnsignedString(ref.index())).append(' ')
                    .append(StrictBase64.encode(ref.leafHash())).append('\n');
        }
        return text.append("payload-sha256 ").append(StrictBase64.encode(payloadSha256)).append('\n').toString();
    }

    /** Returns the entry signed by {@code signers}: the party's key first, then co-signers. */
    public SignedEntry sign(NoteSigner... signers) {
        return new SignedEntry(this, Note.sign(text(), signers));
    }

    @Override
    public byte[] payloadSha256() {
        return payloadSha256.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Entry && text().equals(((Entry) other).text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }

    static String formatTime(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time);
    }

    private static void check(boolean condition, EntryException.Rule rule, String detail) {
        if (!condition) {
            throw new EntryException(rule, detail);
        }
    }
}
