package org.raqib.tlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tiles built by growing a log of 70,000 synthetic leaves in uneven batches. */
class TileBuilderTests {

    private static final long SIZE = 70_000;
    // Only the latest version of each tile is kept, as a log does: wider versions serve narrower reads.
    private static final Map<String, byte[]> STORE = new HashMap<>();
    private static final TileReader READER = tile -> STORE.get(tile.level() + "/" + tile.index());

    @BeforeAll
    static void growLog() {
        Random random = new Random(42);
        long size = 0;
        while (size < SIZE) {
            int batch = (int) Math.min(SIZE - size, 1 + random.nextInt(700));
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                leaves.add(SyntheticTree.leafHash(size + i));
            }
            TileBuilder.grow(size, leaves, READER).forEach((tile, data) -> STORE.put(tile.level() + "/" + tile.index(), data));
            size += batch;
        }
    }

    @Test
    void everyTileOfTheTreeIsStored() {
        assertThat(STORE).hasSize(Tile.tiles(SIZE).size());
    }

    @Test
    void everyTileHoldsTheNodeHashes() {
        for (Tile tile : Tile.tiles(SIZE)) {
            assertThat(READER.readTile(tile)).as(tile.path()).isEqualTo(tile.hashes(SyntheticTree.INSTANCE));
        }
    }

    @Test
    void proofsFromTilesEqualProofsFromTheTree() {
        TileHashReader tiles = new TileHashReader(SIZE, READER);
        for (long index : new long[] {0, 255, 256, 65_535, 65_536, 69_999}) {
            assertThat(ReferenceTree.sameHashes(InclusionProof.generate(index, SIZE, tiles).hashes(),
                    InclusionProof.generate(index, SIZE, SyntheticTree.INSTANCE).hashes())).as("index %d", index).isTrue();
        }
    }

    @Test
    void consistencyProofFromTilesEqualsTheTrees() {
        TileHashReader tiles = new TileHashReader(SIZE, READER);
        assertThat(ReferenceTree.sameHashes(ConsistencyProof.generate(12_345, SIZE, tiles).hashes(),
                ConsistencyProof.generate(12_345, SIZE, SyntheticTree.INSTANCE).hashes())).isTrue();
    }

    @Test
    void rootFromTilesIsTheTreeRoot() {
        assertThat(CompactRange.restore(SIZE, new TileHashReader(SIZE, READER)).root())
                .isEqualTo(SyntheticTree.INSTANCE.root(SIZE));
    }

    @Test
    void tileReaderRefusesNodeBeyondTheTree() {
        TileHashReader tiles = new TileHashReader(SIZE, READER);
        assertThatThrownBy(() -> tiles.readHashes(List.of(new NodeId(0, SIZE)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builderRefusesHashesNotThirtyTwoBytes() {
        assertThatThrownBy(() -> TileBuilder.grow(0, List.of(new byte[3]), READER)).isInstanceOf(IllegalArgumentException.class);
    }
}
