package org.raqib.tlog;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proofs generated for random trees of up to 2^20 leaves verify, and no single flipped bit does. */
class ProofPropertyTests {

    private static final long MAX_SIZE = 1L << 20;
    private static final SyntheticTree TREE = SyntheticTree.INSTANCE;

    @Provide
    Arbitrary<long[]> indexAndSize() {
        return Arbitraries.longs().between(1, MAX_SIZE)
                .flatMap(size -> Arbitraries.longs().between(0, size - 1).map(index -> new long[] {index, size}));
    }

    @Provide
    Arbitrary<long[]> twoSizes() {
        return Arbitraries.longs().between(1, MAX_SIZE)
                .flatMap(size2 -> Arbitraries.longs().between(1, size2).map(size1 -> new long[] {size1, size2}));
    }

    @Property(tries = 300)
    void generatedInclusionProofVerifies(@ForAll("indexAndSize") long[] at) {
        InclusionProof proof = InclusionProof.generate(at[0], at[1], TREE);
        assertThatCode(() -> proof.verify(TREE.node(0, at[0]), TREE.root(at[1]))).doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void inclusionFailsWithAnyBitFlipped(@ForAll("indexAndSize") long[] at, @ForAll @IntRange(min = 0) int anyBit) {
        List<byte[]> hashes = new ArrayList<>(InclusionProof.generate(at[0], at[1], TREE).hashes());
        hashes.add(TREE.node(0, at[0]));
        hashes.add(TREE.root(at[1]));
        flip(hashes, anyBit);
        List<byte[]> proof = hashes.subList(0, hashes.size() - 2);
        assertThatThrownBy(() -> InclusionProof.verify(at[0], at[1], hashes.get(hashes.size() - 2), proof,
                hashes.get(hashes.size() - 1))).isInstanceOf(ProofException.class);
    }

    @Property(tries = 300)
    void generatedConsistencyProofVerifies(@ForAll("twoSizes") long[] sizes) {
        ConsistencyProof proof = ConsistencyProof.generate(sizes[0], sizes[1], TREE);
        assertThatCode(() -> proof.verify(TREE.root(sizes[0]), TREE.root(sizes[1]))).doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void consistencyFailsWithAnyBitFlipped(@ForAll("twoSizes") long[] sizes, @ForAll @IntRange(min = 0) int anyBit) {
        List<byte[]> hashes = new ArrayList<>(ConsistencyProof.generate(sizes[0], sizes[1], TREE).hashes());
        hashes.add(TREE.root(sizes[0]));
        hashes.add(TREE.root(sizes[1]));
        flip(hashes, anyBit);
        List<byte[]> proof = hashes.subList(0, hashes.size() - 2);
        assertThatThrownBy(() -> ConsistencyProof.verify(sizes[0], sizes[1], hashes.get(hashes.size() - 2),
                hashes.get(hashes.size() - 1), proof)).isInstanceOf(ProofException.class);
    }

    @Property(tries = 1000)
    void generatedProofHasTheLengthVerificationExpects(@ForAll long index, @ForAll long size) {
        if (Long.compareUnsigned(index, size) < 0) {
            assertThat(Subtrees.path(index, size))
                    .hasSize(InclusionProof.expectedLength(index, size));
        }
    }

    // Flips one bit among all the bits of all the hashes, copying the hash it changes.
    private static void flip(List<byte[]> hashes, int anyBit) {
        int bit = anyBit % (hashes.size() * Hashes.SIZE * 8);
        int which = bit / (Hashes.SIZE * 8);
        byte[] changed = hashes.get(which).clone();
        changed[bit % (Hashes.SIZE * 8) / 8] ^= (byte) (1 << (bit % 8));
        hashes.set(which, changed);
    }
}
