package org.raqib.tlog;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.raqib.tlog.TlogProofException.Rule.EXTRA;
import static org.raqib.tlog.TlogProofException.Rule.HEADER;
import static org.raqib.tlog.TlogProofException.Rule.INDEX;
import static org.raqib.tlog.TlogProofException.Rule.NO_CHECKPOINT;
import static org.raqib.tlog.TlogProofException.Rule.PROOF_HASH;

/**
 * An offline proof that an entry is in a log (C2SP tlog-proof): Raqib's receipt.
 *
 * <pre>
 * c2sp.org/tlog-proof@v1
 * extra &lt;base64&gt;            optional, unauthenticated
 * index &lt;n&gt;
 * &lt;base64 hash&gt;             the inclusion proof, leaf's sibling first
 *
 * &lt;signed checkpoint note, cosignatures included&gt;
 * </pre>
 *
 * @param extra opaque extra data, empty when absent; nothing vouches for it
 * @param index the entry's index, unsigned
 * @param proof the inclusion proof in the checkpoint's tree
 * @param checkpoint the signed checkpoint note, as received
 */
public record TlogProof(byte[] extra, long index, List<byte[]> proof, byte[] checkpoint) {

    private static final String HEADER_LINE = "c2sp.org/tlog-proof@v1";
    private static final int MAX_PROOF_HASHES = 64;

    /** Copies the arrays. */
    public TlogProof {
        extra = extra.clone();
        proof = InclusionProof.copy(proof);
        checkpoint = checkpoint.clone();
    }

    /**
     * Parses a receipt; the checkpoint is checked only by {@link #verify}.
     *
     * @throws TlogProofException naming the first rule the receipt breaks
     */
    public static TlogProof parse(byte[] receipt) {
        int split = indexOfBlankLine(receipt);
        if (split < 0) {
            throw new TlogProofException(NO_CHECKPOINT, "no blank line before the checkpoint");
        }
        List<String> lines = List.of(new String(receipt, 0, split, UTF_8).split("\n", -1));
        if (!lines.get(0).equals(HEADER_LINE)) {
            throw new TlogProofException(HEADER, "the first line must be " + HEADER_LINE);
        }
        int next = 1;
        byte[] extra = new byte[0];
        if (lines.size() > next && lines.get(next).startsWith("extra ")) {
            extra = StrictBase64.decode(lines.get(next).substring(6)).filter(e -> e.length > 0)
                    .orElseThrow(() -> new TlogProofException(EXTRA, "bad extra data"));
            next++;
        }
        long index = parseIndex(lines.size() > next ? lines.get(next) : "");
        List<byte[]> proof = parseProof(lines.subList(next + 1, lines.size()));
        return new TlogProof(extra, index, proof, Arrays.copyOfRange(receipt, split + 2, receipt.length));
    }

    /**
     * Verifies the receipt for the entry with {@code leafHash}: the checkpoint's origin and log
     * signature, then the inclusion proof. Cosignature policies are checked by the caller on the
     * checkpoint note.
     *
     * @return the verified checkpoint
     * @throws NoteException if the checkpoint note or its signature is bad
     * @throws CheckpointException if the checkpoint is malformed or of another log
     * @throws ProofException if the inclusion proof fails
     */
    public Checkpoint verify(String origin, Verifiers logKeys, byte[] leafHash) {
        Checkpoint verified = Checkpoint.open(checkpoint, origin, logKeys);
        InclusionProof.verify(index, verified.size(), leafHash, proof, verified.root());
        return verified;
    }

    /** Returns the receipt as text. */
    public byte[] encode() {
        StringBuilder text = new StringBuilder(HEADER_LINE).append('\n');
        if (extra.length > 0) {
            text.append("extra ").append(StrictBase64.encode(extra)).append('\n');
        }
        text.append("index ").append(Long.toUnsignedString(index)).append('\n');
        proof.forEach(hash -> text.append(StrictBase64.encode(hash)).append('\n'));
        byte[] head = text.append('\n').toString().getBytes(UTF_8);
        return ByteBuffer.allocate(head.length + checkpoint.length).put(head).put(checkpoint).array();
    }

    @Override
    public byte[] extra() {
        return extra.clone();
    }

    @Override
    public byte[] checkpoint() {
        return checkpoint.clone();
    }

    private static long parseIndex(String line) {
        return (line.startsWith("index ") ? Lines.decimal(line.substring(6)) : Optional.<Long>empty())
                .orElseThrow(() -> new TlogProofException(INDEX, "expected 'index <n>', got '" + line + "'"));
    }

    private static List<byte[]> parseProof(List<String> lines) {
        if (lines.size() > MAX_PROOF_HASHES) {
            throw new TlogProofException(PROOF_HASH, lines.size() + " proof hashes");
        }
        List<byte[]> proof = new ArrayList<>(lines.size());
        for (String line : lines) {
            proof.add(StrictBase64.decodeHash(line)
                    .orElseThrow(() -> new TlogProofException(PROOF_HASH, "bad proof hash '" + line + "'")));
        }
        return proof;
    }

    private static int indexOfBlankLine(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
