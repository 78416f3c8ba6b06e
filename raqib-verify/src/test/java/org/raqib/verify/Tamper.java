package org.raqib.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Note;
import org.raqib.tlog.NoteSignature;
import org.raqib.tlog.Tile;

/** What a dishonest or broken server might do to a published log's files. */
final class Tamper {

    private Tamper() {
    }

    /** Flips one bit of the entry at {@code index} inside its bundle; the tiles stay as they were. */
    static void flipEntryBit(LogWriter log, long index) {
        Path bundle = log.dir().resolve(tile(log, index).entriesPath());
        List<byte[]> leaves = new ArrayList<>(EntryBundle.decode(read(bundle)));
        byte[] leaf = leaves.get((int) (index % Tile.FULL_WIDTH));
        leaf[leaf.length / 2] ^= 1;
        LogWriter.write(bundle, EntryBundle.encode(leaves));
    }

    /** Replaces the entry at {@code index} and its level-0 tile hash, leaving the upper tiles and the checkpoint. */
    static void replaceEntry(LogWriter log, long index, byte[] leaf) {
        Path bundle = log.dir().resolve(tile(log, index).entriesPath());
        List<byte[]> leaves = new ArrayList<>(EntryBundle.decode(read(bundle)));
        leaves.set((int) (index % Tile.FULL_WIDTH), leaf);
        LogWriter.write(bundle, EntryBundle.encode(leaves));
        setLeafHash(log, index, Hashes.leafHash(leaf));
    }

    /** Overwrites the hash of leaf {@code index} in its level-0 tile. */
    static void setLeafHash(LogWriter log, long index, byte[] hash) {
        setTileHash(log.dir().resolve(tile(log, index).path()), (int) (index % Tile.FULL_WIDTH), hash);
    }

    /** Overwrites hash {@code position} of the tile file {@code file}. */
    static void setTileHash(Path file, int position, byte[] hash) {
        byte[] tile = read(file);
        System.arraycopy(hash, 0, tile, position * Hashes.SIZE, Hashes.SIZE);
        LogWriter.write(file, tile);
    }

    /** Returns {@code note} with one bit of its first signature flipped. */
    static byte[] flipSignatureBit(byte[] note) {
        Note parsed = Note.parse(note);
        NoteSignature first = parsed.signatures().get(0);
        byte[] signature = first.signature();
        signature[10] ^= 1;
        List<NoteSignature> signatures = new ArrayList<>(parsed.signatures());
        signatures.set(0, new NoteSignature(first.name(), first.keyId(), signature));
        return new Note(parsed.text(), signatures).encode();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Tile tile(LogWriter log, long index) {
        return SourceTiles.leafTile(log.size(), index / Tile.FULL_WIDTH);
    }
}
