package org.raqib.tlog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.raqib.tlog.ProofException.Rule.EMPTY_TREE;
import static org.raqib.tlog.ProofException.Rule.INDEX_BEYOND_SIZE;
import static org.raqib.tlog.ProofException.Rule.ROOT_MISMATCH;
import static org.raqib.tlog.ProofException.Rule.SIZE_DECREASED;
import static org.raqib.tlog.ProofException.Rule.WRONG_HASH_SIZE;
import static org.raqib.tlog.ProofException.Rule.WRONG_PROOF_SIZE;
import static org.raqib.tlog.Rules.assertBreaks;

/** Each way a proof is refused, named. */
class ProofRulesTests {

    private static final ReferenceTree TREE = ReferenceTree.ofSize(8);
    private static final List<byte[]> PATH = TREE.path(2, 0, 7);

    @Test
    void refusesIndexAtTreeSize() {
        assertBreaks(INDEX_BEYOND_SIZE, () -> InclusionProof.verify(7, 7, TREE.leaf(2), PATH, TREE.root(7)));
    }

    @Test
    void refusesLeafHashOfWrongLength() {
        assertBreaks(WRONG_HASH_SIZE, () -> InclusionProof.verify(2, 7, new byte[31], PATH, TREE.root(7)));
    }

    @Test
    void refusesInclusionProofWithExtraHash() {
        List<byte[]> longer = new ArrayList<>(PATH);
        longer.add(TREE.leaf(0));
        assertBreaks(WRONG_PROOF_SIZE, () -> InclusionProof.verify(2, 7, TREE.leaf(2), longer, TREE.root(7)));
    }

    @Test
    void refusesInclusionInAnotherRoot() {
        assertBreaks(ROOT_MISMATCH, () -> InclusionProof.verify(2, 7, TREE.leaf(2), PATH, TREE.root(6)));
    }

    @Test
    void refusesShrinkingTree() {
        assertBreaks(SIZE_DECREASED, () -> ConsistencyProof.verify(7, 6, TREE.root(7), TREE.root(6), TREE.proof(6, 7)));
    }

    @Test
    void refusesConsistencyFromEmptyTree() {
        assertBreaks(EMPTY_TREE, () -> ConsistencyProof.verify(0, 7, Hashes.emptyRoot(), TREE.root(7), List.of()));
    }

    @Test
    void refusesConsistencyProofMissingAHash() {
        List<byte[]> shorter = TREE.proof(3, 7).subList(0, 3);
        assertBreaks(WRONG_PROOF_SIZE, () -> ConsistencyProof.verify(3, 7, TREE.root(3), TREE.root(7), shorter));
    }

    @Test
    void refusesConsistencyWithAnotherOldRoot() {
        assertBreaks(ROOT_MISMATCH, () -> ConsistencyProof.verify(3, 7, TREE.root(2), TREE.root(7), TREE.proof(3, 7)));
    }
}
