package org.raqib.tlog.bench;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.raqib.tlog.CompactRange;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.InclusionProof;

/** Hashing, proof verification and appending: the tree work beside each signature check. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MerkleBenchmark {

    private static final int LEVELS = 20;

    private final byte[] entry = new byte[1024];
    private byte[] leafHash;
    private long index;
    private List<byte[]> proof;
    private byte[] root;
    private CompactRange range;

    @Setup
    public void buildTree() {
        new Random(1).nextBytes(entry);
        index = 654_321;
        leafHash = node(0, index);
        proof = InclusionProof.generate(index, 1L << LEVELS, nodes -> {
            List<byte[]> hashes = new ArrayList<>();
            nodes.forEach(n -> hashes.add(node(n.level(), n.index())));
            return hashes;
        }).hashes();
        root = node(LEVELS, 0);
        range = CompactRange.empty();
    }

    @Benchmark
    public byte[] leafHash1KiB() {
        return Hashes.leafHash(entry);
    }

    @Benchmark
    public void verifyInclusionAt2To20() {
        InclusionProof.verify(index, 1L << LEVELS, leafHash, proof, root);
    }

    @Benchmark
    public long appendToCompactRange() {
        range.append(leafHash);
        return range.size();
    }

    // The tree whose leaf i is the 8-byte encoding of i, computed once in setup.
    private static byte[] node(int level, long index) {
        if (level == 0) {
            return Hashes.leafHash(ByteBuffer.allocate(8).putLong(index).array());
        }
        return Hashes.nodeHash(node(level - 1, 2 * index), node(level - 1, 2 * index + 1));
    }
}
