package org.raqib.verify;

import java.util.Arrays;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.ConsistencyProof;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.InclusionProof;
import org.raqib.tlog.ProofException;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileHashReader;
import org.raqib.tlog.TileReader;

/**
 * Facts about the earlier states of a tree whose signed checkpoint the verifier holds, each read from
 * the log's tiles and then proven against the signed root, so that no tile is taken on trust.
 */
final class TreeProofs {

    private final Checkpoint tree;
    private final TileReader tiles;

    TreeProofs(Checkpoint tree, TileReader tiles) {
        this.tree = tree;
        this.tiles = tiles;
    }

    /**
     * Returns the leaf hash at {@code index} (below the tree's size), proven by an inclusion proof.
     *
     * @throws ProofException if the tiles do not prove the hash they hold
     */
    byte[] leafHash(long index) {
        Tile tile = SourceTiles.leafTile(tree.size(), index / Tile.FULL_WIDTH);
        int at = (int) (index % Tile.FULL_WIDTH) * Hashes.SIZE;
        byte[] hash = Arrays.copyOfRange(tiles.readTile(tile), at, at + Hashes.SIZE);
        InclusionProof.generate(index, tree.size(), reader()).verify(hash, tree.root());
        return hash;
    }

    /** Returns whether {@code root} is the root of the tree's first {@code size} leaves (0 &lt; size &lt;= tree size). */
    boolean isRootAt(long size, byte[] root) {
        try {
            ConsistencyProof.generate(size, tree.size(), reader()).verify(root, tree.root());
            return true;
        } catch (ProofException e) {
            return false;
        }
    }

    private TileHashReader reader() {
        return new TileHashReader(tree.size(), tiles);
    }
}
