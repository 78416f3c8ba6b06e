package org.raqib.verify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.raqib.tlog.Tile;

/**
 * Walks the entries [from, to) of a log one level-0 tile at a time. A few tiles ahead of the one being
 * checked, I/O threads fetch each entry bundle with its tile and worker threads verify its entries
 * ({@link EntryCheck}, the costly part: one strict Ed25519 verification or more per entry); the calling
 * thread then applies the order-dependent checks ({@link LogHistory}) in index order. Only the tiles in
 * flight are in memory, whatever the log's size.
 */
final class EntrySweep {

    private static final int IO_THREADS = 4;
    private static final int TILES_AHEAD_PER_WORKER = 4;

    /** A tile in flight: its fetch, then the check of its entries against the roster in force when it ran. */
    private static final class InFlight {
        final Tile tile;
        final CompletableFuture<Fetched> fetched;
        CompletableFuture<List<CheckedLeaf>> checked;

        InFlight(Tile tile, CompletableFuture<Fetched> fetched) {
            this.tile = tile;
            this.fetched = fetched;
        }
    }

    private record Fetched(List<byte[]> leaves, byte[] hashes) {
    }

    private final SourceTiles tiles;
    private final EntryCheck check;
    private final int workers;

    EntrySweep(SourceTiles tiles, EntryCheck check, int workers) {
        this.tiles = tiles;
        this.check = check;
        this.workers = workers;
    }

    /**
     * @throws VerificationFailure at the first leaf (in index order) that breaks a rule
     */
    void run(LogHistory history, long from, long to) {
        if (Long.compareUnsigned(from, to) >= 0) {
            return;
        }
        ExecutorService io = Executors.newFixedThreadPool(IO_THREADS, daemon("raqib-verify-io"));
        ExecutorService cpu = Executors.newFixedThreadPool(workers, daemon("raqib-verify-check"));
        try {
            sweep(history, from, to, io, cpu);
        } finally {
            io.shutdownNow();
            cpu.shutdownNow();
        }
    }

    private void sweep(LogHistory history, long from, long to, ExecutorService io, ExecutorService cpu) {
        Deque<InFlight> ahead = new ArrayDeque<>();
        long next = from / Tile.FULL_WIDTH;
        long end = (to - 1) / Tile.FULL_WIDTH + 1;
        while (!ahead.isEmpty() || next < end) {
            while (next < end && ahead.size() < workers * TILES_AHEAD_PER_WORKER) {
                InFlight tile = fetch(SourceTiles.leafTile(to, next++), io);
                check(tile, from, history, cpu);
                ahead.add(tile);
            }
            RosterInForce before = history.roster();
            join(ahead.poll().checked).forEach(history::accept);
            if (history.roster() != before) {
                // A roster entry changed the keys: check the tiles in flight again, in parallel.
                ahead.forEach(tile -> check(tile, from, history, cpu));
            }
        }
    }

    private InFlight fetch(Tile tile, ExecutorService io) {
        return new InFlight(tile, CompletableFuture.supplyAsync(() -> new Fetched(tiles.fetchBundle(tile), tiles.fetchTile(tile)), io));
    }

    // The roster is read when the check starts: it is stale only if a roster entry came shortly before.
    private void check(InFlight tile, long from, LogHistory history, ExecutorService cpu) {
        tile.checked = tile.fetched.thenApplyAsync(f -> check.check(tile.tile, f.leaves(), f.hashes(), from, history.roster()), cpu);
    }

    private static List<CheckedLeaf> join(CompletableFuture<List<CheckedLeaf>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
