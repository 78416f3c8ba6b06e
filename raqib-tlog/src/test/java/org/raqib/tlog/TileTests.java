package org.raqib.tlog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tile coordinates, paths and coverage of C2SP tlog-tiles. */
class TileTests {

    @Test
    void writesIndexInThreeDigitGroups() {
        assertThat(new Tile(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
    }

    @Test
    void writesSmallIndexAsOneGroup() {
        assertThat(new Tile(2, 5, 256).path()).isEqualTo("tile/2/005");
    }

    @Test
    void writesPartialTileWithItsWidth() {
        assertThat(new Tile(1, 1000, 17).path()).isEqualTo("tile/1/x001/000.p/17");
    }

    @Test
    void writesEntryBundlePath() {
        assertThat(new Tile(0, 0, 15).entriesPath()).isEqualTo("tile/entries/000.p/15");
    }

    @Test
    void writesLargestIndex() {
        assertThat(new Tile(0, -1L, 256).path()).isEqualTo("tile/0/x018/x446/x744/x073/x709/x551/615");
    }

    @Test
    void parsesWhatItWrites() {
        Tile tile = new Tile(3, 1234067, 99);
        assertThat(Tile.parsePath(tile.path())).isEqualTo(tile);
    }

    @Test
    void parsesEntryBundlePathAsLevelZeroTile() {
        assertThat(Tile.parseEntriesPath("tile/entries/x001/234.p/5")).isEqualTo(new Tile(0, 1234, 5));
    }

    @Test
    void rejectsPathWithLeadingZeroGroup() {
        assertThatThrownBy(() -> Tile.parsePath("tile/0/x000/005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsFullTileWrittenAsPartial() {
        assertThatThrownBy(() -> Tile.parsePath("tile/0/005.p/256")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsZeroWidth() {
        assertThatThrownBy(() -> Tile.parsePath("tile/0/005.p/0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsLevelWithLeadingZero() {
        assertThatThrownBy(() -> Tile.parsePath("tile/01/005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsIndexBeyondUint64() {
        assertThatThrownBy(() -> Tile.parsePath("tile/0/x018/x446/x744/x073/x709/x551/616"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsEntryPathWithoutGroups() {
        assertThatThrownBy(() -> Tile.parseEntriesPath("tile/entries/5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversTreeOf70000LeavesAsTheSpecSays() {
        List<Tile> tiles = Tile.tiles(70_000);
        assertThat(tiles.stream().filter(t -> t.level() == 0 && !t.isPartial())).hasSize(273);
        assertThat(tiles).contains(new Tile(0, 273, 112), new Tile(1, 0, 256), new Tile(1, 1, 17), new Tile(2, 0, 1));
        assertThat(tiles).hasSize(273 + 1 + 1 + 1 + 1);
    }

    @Test
    void growthTouchesTheGrownPartialAndNewTiles() {
        assertThat(Tile.newTiles(250, 600)).containsExactly(new Tile(0, 0, 256), new Tile(0, 1, 256),
                new Tile(0, 2, 88), new Tile(1, 0, 2));
    }

    @Test
    void noGrowthTouchesNoTile() {
        assertThat(Tile.newTiles(600, 600)).isEmpty();
    }

    @Test
    void growthAtTheTopOfTheUnsignedRangeTouchesOnePartialTile() {
        assertThat(Tile.newTiles(-11L, -1L)).containsExactly(new Tile(0, -1L >>> 8, 255));
    }

    @Test
    void tileHoldsNodesAtEightTimesItsLevel() {
        assertThat(new Tile(1, 2, 3).nodes()).containsExactly(new NodeId(8, 512), new NodeId(8, 513), new NodeId(8, 514));
    }
}
