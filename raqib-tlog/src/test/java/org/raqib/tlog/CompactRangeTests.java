package org.raqib.tlog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompactRangeTests {

    @Test
    void emptyRangeHasEmptyRoot() {
        assertThat(CompactRange.empty().root()).isEqualTo(Hashes.emptyRoot());
    }

    @Test
    void rootEqualsRfcMerkleTreeHashForEverySizeUpTo300() {
        ReferenceTree reference = ReferenceTree.ofSize(300);
        CompactRange range = CompactRange.empty();
        for (int size = 1; size <= 300; size++) {
            range.append(reference.leaf(size - 1));
            assertThat(range.root()).as("size %d", size).isEqualTo(reference.root(size));
        }
    }

    @Test
    void nodesAreOnePerBitOfSizeHighestFirst() {
        assertThat(CompactRange.nodes(11)).containsExactly(new NodeId(3, 0), new NodeId(1, 4), new NodeId(0, 10));
    }

    @Test
    void nodesOfLargestSizeAreSixtyFour() {
        assertThat(CompactRange.nodes(-1L)).hasSize(64).first().isEqualTo(new NodeId(63, 0));
    }

    @Test
    void restoredRangeGrowsLikeTheOriginal() {
        CompactRange original = CompactRange.empty();
        for (int i = 0; i < 1000; i++) {
            original.append(SyntheticTree.leafHash(i));
        }
        CompactRange restored = CompactRange.restore(1000, SyntheticTree.INSTANCE);
        original.append(SyntheticTree.leafHash(1000));
        restored.append(SyntheticTree.leafHash(1000));
        assertThat(restored.root()).isEqualTo(original.root()).isEqualTo(SyntheticTree.INSTANCE.root(1001));
    }

    @Test
    void visitorHearsOfEveryNodeAppendingCompletes() {
        CompactRange range = CompactRange.empty();
        List<NodeId> visited = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            range.append(SyntheticTree.leafHash(i), (node, hash) -> visited.add(node));
        }
        assertThat(visited).containsExactly(new NodeId(0, 0), new NodeId(0, 1), new NodeId(1, 0),
                new NodeId(0, 2), new NodeId(0, 3), new NodeId(1, 1), new NodeId(2, 0));
    }

    @Test
    void visitorIsGivenTheNodesHash() {
        CompactRange range = CompactRange.empty();
        List<byte[]> hashes = new ArrayList<>();
        range.append(SyntheticTree.leafHash(0));
        range.append(SyntheticTree.leafHash(1), (node, hash) -> hashes.add(hash));
        assertThat(hashes.get(1)).isEqualTo(SyntheticTree.INSTANCE.node(1, 0));
    }

    @Test
    void restoreRejectsWrongNumberOfHashes() {
        assertThatThrownBy(() -> CompactRange.restore(3, List.of(new byte[32])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appendRejectsHashesNotThirtyTwoBytes() {
        assertThatThrownBy(() -> CompactRange.empty().append(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fullTreeRefusesAnotherLeaf() {
        CompactRange full = CompactRange.restore(-1L, Collections.nCopies(64, new byte[32]));
        assertThatThrownBy(() -> full.append(new byte[32])).isInstanceOf(IllegalStateException.class);
    }
}
