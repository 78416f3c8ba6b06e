package org.raqib.tlog;

import java.util.List;

/**
 * A source of stored node hashes: a log's tiles, database rows, or tiles fetched over HTTP
 * ({@link TileHashReader}). Proof generation asks for all the nodes it needs in one call.
 */
@FunctionalInterface
public interface HashReader {

    /**
     * Returns the hash of each node, in the order given.
     *
     * @param nodes complete nodes of the tree, each a perfect subtree within its size
     * @return one 32-byte hash per node
     * @throws RuntimeException if a hash cannot be read (implementations wrap I/O errors in
     *     {@link java.io.UncheckedIOException})
     */
    List<byte[]> readHashes(List<NodeId> nodes);
}
