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
            Deque<CompletableFuture<List<CheckedLeaf>>> ahead = new ArrayDeque<>();
            long next = from / Tile.FULL_WIDTH;
            long end = (to - 1) / Tile.FULL_WIDTH + 1;
            while (!ahead.isEmpty() || next < end) {
                while (next < end && ahead.size() < workers * TILES_AHEAD_PER_WORKER) {
                    ahead.add(submit(next++, from, to, history, io, cpu));
                }
                join(ahead.poll()).forEach(history::accept);
            }
        } finally {
            io.shutdownNow();
            cpu.shutdownNow();
        }
    }

    private CompletableFuture<List<CheckedLeaf>> submit(long tileIndex, long from, long to, LogHistory history,
            ExecutorService io, ExecutorService cpu) {
        Tile tile = SourceTiles.leafTile(to, tileIndex);
        // The roster is read when the check starts, so that it is stale only if a roster entry came shortly before.
        return CompletableFuture.supplyAsync(() -> new Fetched(tiles.fetchBundle(tile), tiles.fetchTile(tile)), io)
                .thenApplyAsync(f -> check.check(tile, f.leaves(), f.hashes(), from, history.roster()), cpu);
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

    private record Fetched(List<byte[]> leaves, byte[] hashes) {
    }
}
