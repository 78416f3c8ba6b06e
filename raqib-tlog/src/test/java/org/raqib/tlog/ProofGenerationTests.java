package org.raqib.tlog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generated proofs against RFC 9162's recursive definitions. */
class ProofGenerationTests {

    private static final ReferenceTree REFERENCE = ReferenceTree.ofSize(64);

    @Test
    void inclusionProofsEqualRfcPathForEveryIndexOfSizesUpTo64() {
        for (int n = 1; n <= 64; n++) {
            for (int m = 0; m < n; m++) {
                InclusionProof proof = InclusionProof.generate(m, n, REFERENCE.reader());
                assertThat(ReferenceTree.sameHashes(proof.hashes(), REFERENCE.path(m, 0, n))).as("PATH(%d, D[%d])", m, n).isTrue();
            }
        }
    }

    @Test
    void consistencyProofsEqualRfcProofForEverySizeUpTo64() {
        for (int n = 1; n <= 64; n++) {
            for (int m = 1; m <= n; m++) {
                ConsistencyProof proof = ConsistencyProof.generate(m, n, REFERENCE.reader());
                assertThat(ReferenceTree.sameHashes(proof.hashes(), REFERENCE.proof(m, n))).as("PROOF(%d, D[%d])", m, n).isTrue();
            }
        }
    }

    @Test
    void consistencyFromThreeToSevenIsTheRfcExample() {
        // RFC 9162 §2.1.5: PROOF(3, D[7]) = [c, d, g, l].
        assertThat(Subtrees.proof(3, 7)).containsExactly(range(2, 3), range(3, 4), range(0, 2), range(4, 7));
    }

    @Test
    void consistencyFromFourToSevenIsTheRfcExample() {
        assertThat(Subtrees.proof(4, 7)).containsExactly(range(4, 7));
    }

    @Test
    void consistencyFromSixToSevenIsTheRfcExample() {
        assertThat(Subtrees.proof(6, 7)).containsExactly(range(4, 6), range(6, 7), range(0, 4));
    }

    @Test
    void imperfectRangeReadsItsPerfectSubtrees() {
        assertThat(Subtrees.nodes(range(8, 13))).containsExactly(new NodeId(2, 2), new NodeId(0, 12));
    }

    @Test
    void inclusionProofIsGeneratedForLargestTree() {
        assertThat(Subtrees.path(-2L, -1L)).hasSize(InclusionProof.expectedLength(-2L, -1L));
    }

    @Test
    void generatingInclusionRejectsIndexBeyondSize() {
        assertThatThrownBy(() -> InclusionProof.generate(5, 5, REFERENCE.reader())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatingConsistencyRejectsEmptyTree() {
        assertThatThrownBy(() -> ConsistencyProof.generate(0, 5, REFERENCE.reader())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatingConsistencyRejectsShrinkingTree() {
        assertThatThrownBy(() -> ConsistencyProof.generate(6, 5, REFERENCE.reader())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void consistencyBetweenEqualSizesIsEmpty() {
        assertThat(ConsistencyProof.generate(5, 5, REFERENCE.reader()).hashes()).isEmpty();
    }

    @Test
    void emptyOldTreeIsConsistentWhenTheApplicationAllowsIt() {
        ConsistencyProof fromEmpty = new ConsistencyProof(0, 5, List.of());
        fromEmpty.verifyAllowingEmpty(Hashes.emptyRoot(), REFERENCE.root(5));
        assertThatThrownBy(() -> fromEmpty.verify(Hashes.emptyRoot(), REFERENCE.root(5)))
                .isInstanceOf(ProofException.class).extracting("rule").isEqualTo(ProofException.Rule.EMPTY_TREE);
    }

    @Test
    void emptyOldTreeMustHaveTheEmptyRoot() {
        ConsistencyProof fromEmpty = new ConsistencyProof(0, 5, List.of());
        assertThatThrownBy(() -> fromEmpty.verifyAllowingEmpty(REFERENCE.root(1), REFERENCE.root(5)))
                .isInstanceOf(ProofException.class).extracting("rule").isEqualTo(ProofException.Rule.ROOT_MISMATCH);
    }

    private static Subtrees.Range range(long begin, long end) {
        return new Subtrees.Range(begin, end);
    }
}
