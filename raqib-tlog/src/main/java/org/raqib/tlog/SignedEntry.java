package org.raqib.tlog;

import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.raqib.tlog.EntryException.Rule.TOO_LARGE;

/**
 * A Raqib entry signed as a C2SP note: one leaf of the log. The leaf is the whole note, signatures
 * included, and its hash is {@code SHA-256(0x00 || leaf)}.
 *
 * @param entry the entry
 * @param note the signed note whose text is the entry's text
 */
public record SignedEntry(Entry entry, Note note) {

    /** The largest leaf, in bytes: 16 KiB, well inside the 64 KiB an entry bundle allows. */
    public static final int MAX_SIZE = 16 * 1024;

    /**
     * Checks that the note signs the entry, has a signature and fits.
     *
     * @throws IllegalArgumentException if the note's text is not the entry's, or it has no signature
     * @throws EntryException {@code TOO_LARGE} if the leaf exceeds {@link #MAX_SIZE}
     */
    public SignedEntry {
        if (!note.text().equals(entry.text()) || note.signatures().isEmpty()) {
            throw new IllegalArgumentException("the note must sign the entry's text");
        }
        int size = note.encode().length;
        if (size > MAX_SIZE) {
            throw new EntryException(TOO_LARGE, size + " bytes, more than " + MAX_SIZE);
        }
    }

    /**
     * Parses a leaf strictly: its size, the signed-note format, then the entry text. Signatures
     * are checked by {@link EntryVerifier}.
     *
     * @throws EntryException if the leaf is too large or its text breaks an entry rule
     * @throws NoteException if it breaks a signed-note rule
     */
    public static SignedEntry parse(byte[] leaf) {
        if (leaf.length > MAX_SIZE) {
            throw new EntryException(TOO_LARGE, leaf.length + " bytes, more than " + MAX_SIZE);
        }
        Note note = Note.parse(leaf);
        return new SignedEntry(Entry.parse(note.text()), note);
    }

    /** Returns the leaf bytes: the complete signed note, in UTF-8. */
    public byte[] leaf() {
        return note.encode();
    }

    /** Returns the leaf hash, {@code SHA-256(0x00 || leaf)}. */
    public byte[] leafHash() {
        return Hashes.leafHash(leaf());
    }

    /** Returns this entry with signatures by {@code signers} added, as co-signers do. */
    public SignedEntry cosign(NoteSigner... signers) {
        return new SignedEntry(entry, note.sign(List.of(signers)));
    }

    @Override
    public String toString() {
        return new String(leaf(), UTF_8);
    }
}
