package org.raqib.tlog;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A large tree computed on demand, whose leaf i is the 8-byte big-endian encoding of i. Nodes of
 * level 8 and up are remembered, so a tree of 2^20 leaves costs one pass of hashing, once.
 */
final class SyntheticTree implements HashReader {

    static final SyntheticTree INSTANCE = new SyntheticTree();

    private final Map<NodeId, byte[]> remembered = new ConcurrentHashMap<>();

    private SyntheticTree() {
    }

    static byte[] leafHash(long index) {
        return Hashes.leafHash(ByteBuffer.allocate(8).putLong(index).array());
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> nodes) {
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        nodes.forEach(node -> hashes.add(node(node.level(), node.index())));
        return hashes;
    }

    byte[] node(int level, long index) {
        if (level == 0) {
            return leafHash(index);
        }
        if (level < 8) {
            return Hashes.nodeHash(node(level - 1, 2 * index), node(level - 1, 2 * index + 1));
        }
        NodeId id = new NodeId(level, index);
        byte[] hash = remembered.get(id);
        if (hash == null) {
            hash = Hashes.nodeHash(node(level - 1, 2 * index), node(level - 1, 2 * index + 1));
            remembered.put(id, hash);
        }
        return hash;
    }

    /** Returns the root of the tree of the first {@code size} leaves. */
    byte[] root(long size) {
        return CompactRange.restore(size, this).root();
    }
}
