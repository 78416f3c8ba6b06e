package org.raqib.tlog;

import java.security.MessageDigest;
import java.util.List;

import static org.raqib.tlog.CheckpointException.Rule.EMPTY_TREE_ROOT;
import static org.raqib.tlog.CheckpointException.Rule.EXTENSION_LINES;
import static org.raqib.tlog.CheckpointException.Rule.MALFORMED_TEXT;
import static org.raqib.tlog.CheckpointException.Rule.ORIGIN;
import static org.raqib.tlog.CheckpointException.Rule.ORIGIN_MISMATCH;
import static org.raqib.tlog.CheckpointException.Rule.ROOT;
import static org.raqib.tlog.CheckpointException.Rule.SIZE;

/**
 * A checkpoint (C2SP tlog-checkpoint): the signed head of a log, as the text of a signed note.
 *
 * <pre>
 * example.com/log/testdata       origin
 * 15                             tree size, decimal, no leading zeros
 * rKbDipCvhuX1GZ7g5BBe8sA6…=     root hash, base64
 * </pre>
 *
 * Raqib's checkpoints have exactly these three lines. C2SP allows extension lines after them, but
 * nothing audits them, so this parser rejects them (tlog.md §8.8).
 *
 * @param origin the log's identity, a valid key name
 * @param size the number of leaves, unsigned
 * @param root the 32-byte root hash
 */
public record Checkpoint(String origin, long size, byte[] root) {

    /**
     * Checks the origin and the root.
     *
     * @throws CheckpointException if the origin is not a key name, the root is not 32 bytes, or
     *     the tree is empty and the root is not SHA-256()
     */
    public Checkpoint {
        if (!KeyNames.isValid(origin)) {
            throw new CheckpointException(ORIGIN, "invalid origin '" + origin + "'");
        }
        if (!Hashes.isHash(root)) {
            throw new CheckpointException(ROOT, "the root must be 32 bytes");
        }
        root = root.clone();
        if (size == 0 && !MessageDigest.isEqual(root, Hashes.emptyRoot())) {
            throw new CheckpointException(EMPTY_TREE_ROOT, "the empty tree's root is SHA-256()");
        }
    }

    /**
     * Parses a checkpoint text (the note text, without signatures).
     *
     * @throws CheckpointException naming the first rule the text breaks
     */
    public static Checkpoint parse(String text) {
        List<String> lines = Lines.split(text)
                .filter(l -> l.size() >= 3)
                .orElseThrow(() -> new CheckpointException(MALFORMED_TEXT, "a checkpoint is three lines"));
        if (lines.size() > 3) {
            throw new CheckpointException(EXTENSION_LINES, "Raqib's checkpoints have no extension lines");
        }
        long size = Lines.decimal(lines.get(1))
                .orElseThrow(() -> new CheckpointException(SIZE, "bad tree size '" + lines.get(1) + "'"));
        byte[] root = StrictBase64.decodeHash(lines.get(2))
                .orElseThrow(() -> new CheckpointException(ROOT, "bad root hash '" + lines.get(2) + "'"));
        return new Checkpoint(lines.get(0), size, root);
    }

    /**
     * Opens a signed checkpoint of the log {@code origin}: parses the note, checks the text and the
     * origin, and verifies the signatures of {@code logKeys}.
     *
     * @throws NoteException if the note is malformed or its signatures fail (see {@link Note#verify})
     * @throws CheckpointException if the text is not a checkpoint of {@code origin}
     */
    public static Checkpoint open(byte[] note, String origin, Verifiers logKeys) {
        Note parsed = Note.parse(note);
        Checkpoint checkpoint = parse(parsed.text());
        if (!checkpoint.origin().equals(origin)) {
            throw new CheckpointException(ORIGIN_MISMATCH, "expected origin " + origin + ", got " + checkpoint.origin());
        }
        parsed.verify(logKeys);
        return checkpoint;
    }

    /** Returns the checkpoint text, three newline-terminated lines. */
    public String text() {
        return origin + "\n" + Long.toUnsignedString(size) + "\n" + StrictBase64.encode(root) + "\n";
    }

    /** Returns the checkpoint signed by {@code signers}, as a note. */
    public Note sign(NoteSigner... signers) {
        return Note.sign(text(), signers);
    }

    /** Returns a copy of the root hash. */
    @Override
    public byte[] root() {
        return root.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint && text().equals(((Checkpoint) other).text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
