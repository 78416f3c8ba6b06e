package org.raqib.tlog;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.raqib.tlog.Rules.assertBreaks;
import static org.raqib.tlog.TlogProofException.Rule.EXTRA;
import static org.raqib.tlog.TlogProofException.Rule.HEADER;
import static org.raqib.tlog.TlogProofException.Rule.INDEX;
import static org.raqib.tlog.TlogProofException.Rule.NO_CHECKPOINT;
import static org.raqib.tlog.TlogProofException.Rule.PROOF_HASH;

/** Receipts in the C2SP tlog-proof format. */
class TlogProofTests {

    private static final String SPEC_EXAMPLE = "c2sp.org/tlog-proof@v1\n"
            + "extra YWdlLXYxLjIuMS1kYXJ3aW4tYXJtNjQudGFyLmd6kYXJ3aW4tYXJ\n"
            + "index 73894\n"
            + "gSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ=\n"
            + "B95lDa8R83lS8n0eG+o0buTxRKQTYFi//1U8anccXmA=\n"
            + "EKNzoDWG8LGC0Yp9o+sv3qllpMP9uHQ9B20KNL+Q1zs=\n"
            + "RoopEkOdqkYqMB4MJXrbt/hMjOxsVn0IrWjpz1ZMMes=\n"
            + "AHCioX9nLjsrse6YhjRRmk1WUEirVOLLRoOQ6vfO5vk=\n"
            + "\n"
            + "example.com/fancylog\n109482\nsFodV/vSp5O8n9a8QpW6PRY97tfOSW5bsc2Xl/EQi08=\n\n"
            + "\u2014 example.com/fancylog hI2DJw==\n";
    private static final String HASH = "gSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ=";
    private static final String ORIGIN = "example.com/log/testdata";
    private static final Verifiers LOG_KEY = Verifiers.of(VerifierKey.parse(NoteKeyTests.TESSERA_VKEY).verifier());

    @Test
    void parsesSpecExample() {
        TlogProof proof = TlogProof.parse(SPEC_EXAMPLE.getBytes(UTF_8));
        assertThat(proof.index()).isEqualTo(73894);
        assertThat(proof.proof()).hasSize(5);
        assertThat(new String(proof.checkpoint(), UTF_8)).startsWith("example.com/fancylog\n109482\n");
    }

    @Test
    void encodesSpecExampleAsParsed() {
        assertThat(new String(TlogProof.parse(SPEC_EXAMPLE.getBytes(UTF_8)).encode(), UTF_8)).isEqualTo(SPEC_EXAMPLE);
    }

    @Test
    void parsesReceiptWithoutExtraOrProof() {
        TlogProof proof = TlogProof.parse(receipt("index 0\n"));
        assertThat(proof.extra()).isEmpty();
        assertThat(proof.proof()).isEmpty();
    }

    @Test
    void rejectsOtherHeader() {
        assertBreaks(HEADER, () -> TlogProof.parse(("c2sp.org/tlog-proof@v2\nindex 0\n\n" + checkpoint()).getBytes(UTF_8)));
    }

    @Test
    void rejectsEmptyExtra() {
        assertBreaks(EXTRA, () -> TlogProof.parse(receipt("extra \nindex 0\n")));
    }

    @Test
    void rejectsMissingIndex() {
        assertBreaks(INDEX, () -> TlogProof.parse(receipt(HASH + "\n")));
    }

    @Test
    void rejectsIndexWithLeadingZero() {
        assertBreaks(INDEX, () -> TlogProof.parse(receipt("index 07\n")));
    }

    @Test
    void rejectsShortProofHash() {
        assertBreaks(PROOF_HASH, () -> TlogProof.parse(receipt("index 7\nAAAA\n")));
    }

    @Test
    void rejectsMoreThanSixtyFourProofHashes() {
        assertBreaks(PROOF_HASH, () -> TlogProof.parse(receipt("index 7\n" + String.join("\n", Collections.nCopies(65, HASH)) + "\n")));
    }

    @Test
    void rejectsReceiptWithoutCheckpoint() {
        assertBreaks(NO_CHECKPOINT, () -> TlogProof.parse("c2sp.org/tlog-proof@v1\nindex 0\n".getBytes(UTF_8)));
    }

    @Test
    void rejectsReceiptForAnotherLeaf() {
        TlogProof proof = tesseraReceipt(7);
        assertBreaks(ProofException.Rule.ROOT_MISMATCH, () -> proof.verify(ORIGIN, LOG_KEY, Hashes.leafHash("ten".getBytes(UTF_8))));
    }

    @Test
    void rejectsReceiptOfAnotherLog() {
        TlogProof proof = tesseraReceipt(7);
        assertBreaks(CheckpointException.Rule.ORIGIN_MISMATCH,
                () -> proof.verify("example.com/other", LOG_KEY, Hashes.leafHash("eit".getBytes(UTF_8))));
    }

    @Test
    void rejectsReceiptWithIndexBeyondTheCheckpoint() {
        TlogProof proof = new TlogProof(new byte[0], 15, List.of(), Vectors.bytes("tessera-log/checkpoint.15"));
        assertBreaks(ProofException.Rule.INDEX_BEYOND_SIZE, () -> proof.verify(ORIGIN, LOG_KEY, new byte[32]));
    }

    private static TlogProof tesseraReceipt(long index) {
        TileReader files = tile -> Vectors.bytes("tessera-log/" + tile.path());
        InclusionProof inclusion = InclusionProof.generate(index, 15, new TileHashReader(15, files));
        return new TlogProof(new byte[0], index, inclusion.hashes(), Vectors.bytes("tessera-log/checkpoint.15"));
    }

    private static byte[] receipt(String middle) {
        return ("c2sp.org/tlog-proof@v1\n" + middle + "\n" + checkpoint()).getBytes(UTF_8);
    }

    private static String checkpoint() {
        return new String(Vectors.bytes("tessera-log/checkpoint.15"), UTF_8);
    }
}
