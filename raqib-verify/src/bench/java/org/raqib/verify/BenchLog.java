package org.raqib.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.CompactRange;
import org.raqib.tlog.Entry;
import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Roster;
import org.raqib.tlog.SignedEntry;
import org.raqib.tlog.SignerKey;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileBuilder;

/**
 * Generates a large honest log in a folder, as a server would have built and exported it: a genesis
 * roster, statements by custodial and party-held keys, a correction with a {@code ref} every 50 entries,
 * a roster change half-way, and each entry's {@code seen} the checkpoint published up to 1,024 entries
 * earlier. Entries are signed in parallel, one entry bundle at a time; only leaf hashes stay in memory.
 */
final class BenchLog {

    private static final int PUBLISH_EVERY = 1024;
    private static final int REF_EVERY = 50;
    private static final int REF_BACK = 300;

    private final Path dir;
    private final long size;
    private final ExecutorService signers;
    private final CompactRange range = CompactRange.empty();
    private final List<byte[]> leafHashes = new ArrayList<>();
    private final Map<String, Long> seqs = new HashMap<>();
    private final long rotation;
    private Entry.Seen seen = new Entry.Seen(0, Hashes.emptyRoot());

    private BenchLog(Path dir, long size, ExecutorService signers) {
        this.dir = dir;
        this.size = size;
        this.signers = signers;
        this.rotation = size / 2;
    }

    /** Writes a log of {@code size} entries to {@code dir}, replacing what is there. */
    static void generate(Path dir, long size, ExecutorService signers) throws Exception {
        deleteTree(dir);
        BenchLog log = new BenchLog(dir, size, signers);
        for (long first = 0; first < size; first += Tile.FULL_WIDTH) {
            log.bundle(first, (int) Math.min(Tile.FULL_WIDTH, size - first));
        }
        Checkpoint checkpoint = new Checkpoint(TestKeys.ORIGIN, size, log.range.root());
        write(dir.resolve("checkpoint"), checkpoint.sign(TestKeys.LOG.signer()).encode());
    }

    private void bundle(long first, int count) throws InterruptedException, ExecutionException {
        List<Future<byte[]>> signed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long index = first + i;
            SignerKey key = signer(index);
            Entry entry = entry(index, key);
            signed.add(signers.submit(() -> entry.sign(key.signer()).leaf()));
        }
        List<byte[]> leaves = new ArrayList<>(count);
        List<byte[]> hashes = new ArrayList<>(count);
        for (Future<byte[]> leaf : signed) {
            leaves.add(leaf.get());
            hashes.add(Hashes.leafHash(leaves.get(leaves.size() - 1)));
        }
        Tile tile = SourceTiles.leafTile(first + count, first / Tile.FULL_WIDTH);
        write(dir.resolve(tile.entriesPath()), EntryBundle.encode(leaves));
        TileBuilder.grow(first, hashes, this::readTile).forEach(this::writeTile);
        hashes.forEach(range::append);
        leafHashes.addAll(hashes);
        if ((first + count) % PUBLISH_EVERY == 0) {
            seen = new Entry.Seen(range.size(), range.root());
        }
    }

    private SignerKey signer(long index) {
        if (index == 0 || index == rotation) {
            return TestKeys.MEDIATOR;
        }
        if (index % 10 == 3) {
            return TestKeys.A_OWN;
        }
        if (index > rotation && index % 10 == 7) {
            return TestKeys.B_OWN;
        }
        return index % 2 == 0 ? TestKeys.A_CUSTODIAL : TestKeys.B_CUSTODIAL;
    }

    private Entry entry(long index, SignerKey key) {
        long seq = seqs.merge(key.name(), 1L, Long::sum);
        var builder = Entry.builder().origin(TestKeys.ORIGIN).kind(LogWriter.STATEMENT).party(key.name()).seq(seq)
                .time(Instant.parse("2026-03-02T09:00:00Z").plusSeconds(index / 100)).seen(seen.size(), seen.root());
        if (index == 0 || index == rotation) {
            byte[] roster = roster(index).text().getBytes(StandardCharsets.UTF_8);
            write(dir.resolve("roster/" + index), roster);
            return builder.kind(EntryKinds.ROSTER.name()).payload(roster).build();
        }
        if (index % REF_EVERY == 0 && index >= REF_BACK) {
            builder.kind("record.correction/v1").ref(index - REF_BACK, leafHashes.get((int) (index - REF_BACK)));
        }
        return builder.payload(("{\"n\":" + index + "}").getBytes(StandardCharsets.UTF_8)).build();
    }

    private Roster roster(long index) {
        return index == 0 ? TestKeys.genesisRoster() : TestKeys.rosterWithBOwn(index + 1, OptionalLong.empty());
    }

    private byte[] readTile(Tile tile) {
        try {
            return Files.readAllBytes(dir.resolve(tile.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // An export holds only the latest version of each tile: a grown partial tile replaces the narrower one.
    private void writeTile(Tile tile, byte[] hashes) {
        Path partials = dir.resolve(new Tile(tile.level(), tile.index(), Tile.FULL_WIDTH).path() + ".p");
        deleteTree(partials);
        write(dir.resolve(tile.path()), hashes);
    }

    private static void write(Path file, byte[] content) {
        LogWriter.write(file, content);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
