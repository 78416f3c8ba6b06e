package org.raqib.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.CompactRange;
import org.raqib.tlog.Entry;
import org.raqib.tlog.EntryBuilder;
import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.InclusionProof;
import org.raqib.tlog.Roster;
import org.raqib.tlog.SignedEntry;
import org.raqib.tlog.SignerKey;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileBuilder;
import org.raqib.tlog.TileHashReader;
import org.raqib.tlog.TlogProof;

/**
 * A tiny log writer for tests: builds a Raqib log in a folder, in the layout a server serves and
 * exports (checkpoint, tiles, entry bundles, rosters), with the payloads kept aside for a fake payload
 * API. Entries are appended as a server would sequence them; {@link #publish()} writes the tiles and
 * signs a checkpoint. Tests may append wrong entries on purpose, and tamper with the files afterwards.
 */
final class LogWriter {

    static final String STATEMENT = "record.statement/v1";

    private final Path dir;
    private final List<byte[]> leaves = new ArrayList<>();
    private final List<byte[]> leafHashes = new ArrayList<>();
    private final Map<Long, byte[]> payloads = new HashMap<>();
    private final Map<String, Long> seqs = new HashMap<>();
    private Checkpoint checkpoint = new Checkpoint(TestKeys.ORIGIN, 0, Hashes.emptyRoot());
    private byte[] checkpointNote;
    private long written;
    private Instant clock = Instant.parse("2026-03-02T09:00:00Z");

    private LogWriter(Path dir) {
        this.dir = dir;
    }

    /** Starts a log in {@code dir} with no entry at all: the test appends entry 0 itself. */
    static LogWriter empty(Path dir) {
        return new LogWriter(dir);
    }

    /** Starts a log in {@code dir} with its genesis roster entry, published. */
    static LogWriter create(Path dir) {
        LogWriter log = new LogWriter(dir);
        log.roster(TestKeys.genesisRoster());
        log.publish();
        return log;
    }

    /** Starts a log in {@code dir} and appends {@code statements} statements by A's custodial key, published. */
    static LogWriter withStatements(Path dir, int statements) {
        LogWriter log = create(dir);
        for (int i = 0; i < statements; i++) {
            log.statement(TestKeys.A_CUSTODIAL);
        }
        log.publish();
        return log;
    }

    /** Returns a statement by {@code key}, ready to sign: next seq, seen the last checkpoint, a payload. */
    EntryBuilder entry(SignerKey key) {
        clock = clock.plusSeconds(1);
        return Entry.builder().origin(TestKeys.ORIGIN).kind(STATEMENT).party(key.name())
                .seq(seqs.getOrDefault(key.name(), 0L) + 1).time(clock).seen(checkpoint)
                .payload(payloadFor(leaves.size()));
    }

    /** Appends a statement signed by {@code key} and returns its index. */
    long statement(SignerKey key) {
        return append(entry(key).sign(key.signer()), payloadFor(leaves.size()));
    }

    /** Appends a roster entry by the mediator that puts {@code roster} in force from the next index. */
    long roster(Roster roster) {
        byte[] text = roster.text().getBytes(StandardCharsets.UTF_8);
        SignedEntry entry = entry(TestKeys.MEDIATOR).kind(EntryKinds.ROSTER.name()).payload(text).sign(TestKeys.MEDIATOR.signer());
        long index = append(entry, text);
        write(dir.resolve("roster/" + index), text);
        return index;
    }

    /** Appends any signed entry with its payload and returns its index. */
    long append(SignedEntry entry, byte[] payload) {
        return appendLeaf(entry.leaf(), entry.entry().party(), entry.entry().seq(), payload);
    }

    /** Appends raw leaf bytes (which need not be a valid entry) and returns the index. */
    long appendLeaf(byte[] leaf, String party, long seq, byte[] payload) {
        long index = leaves.size();
        leaves.add(leaf);
        leafHashes.add(Hashes.leafHash(leaf));
        payloads.put(index, payload);
        seqs.merge(party, seq, Math::max);
        return index;
    }

    /** Writes the new tiles and bundles, then the checkpoint signed by the log key; returns the checkpoint. */
    Checkpoint publish() {
        return publish(TestKeys.LOG);
    }

    /** Like {@link #publish()}, signing with {@code logKey}. */
    Checkpoint publish(SignerKey logKey) {
        long size = leaves.size();
        TileBuilder.grow(written, leafHashes.subList((int) written, (int) size), this::readTile).forEach(this::writeTile);
        written = size;
        checkpoint = new Checkpoint(TestKeys.ORIGIN, size, CompactRange.restore(size, new TileHashReader(size, this::readTile)).root());
        checkpointNote = checkpoint.sign(logKey.signer()).encode();
        write(dir.resolve("checkpoint"), checkpointNote);
        return checkpoint;
    }

    /** Returns a receipt for the entry at {@code index} against the last checkpoint. */
    byte[] receipt(long index) {
        InclusionProof proof = InclusionProof.generate(index, checkpoint.size(), new TileHashReader(checkpoint.size(), this::readTile));
        return new TlogProof(new byte[0], index, proof.hashes(), checkpointNote).encode();
    }

    Path dir() {
        return dir;
    }

    Checkpoint checkpoint() {
        return checkpoint;
    }

    byte[] checkpointNote() {
        return checkpointNote.clone();
    }

    long size() {
        return leaves.size();
    }

    byte[] leaf(long index) {
        return leaves.get((int) index).clone();
    }

    byte[] leafHash(long index) {
        return leafHashes.get((int) index).clone();
    }

    /** Returns the payload the fake API serves for {@code index}. */
    byte[] payload(long index) {
        return payloads.get(index);
    }

    /** Makes the fake API serve {@code payload} for {@code index}. */
    void replacePayload(long index, byte[] payload) {
        payloads.put(index, payload);
    }

    static byte[] payloadFor(long index) {
        return ("{\"statement\":\"entry " + index + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    byte[] readTile(Tile tile) {
        try {
            return Files.readAllBytes(dir.resolve(tile.path()));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no tile " + tile.path(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTile(Tile tile, byte[] hashes) {
        removePartials(tile);
        write(dir.resolve(tile.path()), hashes);
        if (tile.level() == 0) {
            int first = (int) (tile.index() * Tile.FULL_WIDTH);
            write(dir.resolve(tile.entriesPath()), EntryBundle.encode(leaves.subList(first, first + tile.width())));
        }
    }

    // An export holds only the latest version of each tile, as the server's does.
    private void removePartials(Tile tile) {
        Tile full = new Tile(tile.level(), tile.index(), Tile.FULL_WIDTH);
        List<String> paths = tile.level() == 0 ? List.of(full.path(), full.entriesPath()) : List.of(full.path());
        for (String path : paths) {
            Path partials = dir.resolve(path + ".p");
            if (Files.isDirectory(partials)) {
                try (Stream<Path> files = Files.list(partials)) {
                    files.forEach(LogWriter::delete);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
