package org.raqib.tlog;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.raqib.tlog.CheckpointException.Rule.EMPTY_TREE_ROOT;
import static org.raqib.tlog.CheckpointException.Rule.EXTENSION_LINES;
import static org.raqib.tlog.CheckpointException.Rule.MALFORMED_TEXT;
import static org.raqib.tlog.CheckpointException.Rule.ORIGIN;
import static org.raqib.tlog.CheckpointException.Rule.ORIGIN_MISMATCH;
import static org.raqib.tlog.CheckpointException.Rule.ROOT;
import static org.raqib.tlog.CheckpointException.Rule.SIZE;
import static org.raqib.tlog.Rules.assertBreaks;

class CheckpointTests {

    private static final String ROOT_15 = "rKbDipCvhuX1GZ7g5BBe8sA6BbJ7ja/1nk427v383cs=";
    private static final String TEXT = "example.com/log/testdata\n15\n" + ROOT_15 + "\n";
    private static final Verifiers LOG_KEY = Verifiers.of(VerifierKey.parse(NoteKeyTests.TESSERA_VKEY).verifier());

    @Test
    void parsesOriginSizeAndRoot() {
        Checkpoint checkpoint = Checkpoint.parse(TEXT);
        assertThat(checkpoint.origin()).isEqualTo("example.com/log/testdata");
        assertThat(checkpoint.size()).isEqualTo(15);
        assertThat(checkpoint.root()).isEqualTo(java.util.Base64.getDecoder().decode(ROOT_15));
    }

    @Test
    void writesTheTextItParsed() {
        assertThat(Checkpoint.parse(TEXT).text()).isEqualTo(TEXT);
    }

    @Test
    void parsesLargestUnsignedSize() {
        assertThat(Checkpoint.parse(TEXT.replace("\n15\n", "\n18446744073709551615\n")).size()).isEqualTo(-1L);
    }

    @Test
    void rejectsTwoLines() {
        assertBreaks(MALFORMED_TEXT, () -> Checkpoint.parse("example.com/log/testdata\n15\n"));
    }

    @Test
    void rejectsTextWithoutFinalNewline() {
        assertBreaks(MALFORMED_TEXT, () -> Checkpoint.parse(TEXT.trim()));
    }

    @Test
    void rejectsExtensionLines() {
        assertBreaks(EXTENSION_LINES, () -> Checkpoint.parse(TEXT + "Timestamp: 1689748607742585419\n"));
    }

    @Test
    void rejectsEmptyOrigin() {
        assertBreaks(ORIGIN, () -> Checkpoint.parse("\n15\n" + ROOT_15 + "\n"));
    }

    @Test
    void rejectsOriginWithSpace() {
        assertBreaks(ORIGIN, () -> Checkpoint.parse(TEXT.replace("example.com/log", "example.com log")));
    }

    @Test
    void rejectsSizeWithLeadingZero() {
        assertBreaks(SIZE, () -> Checkpoint.parse(TEXT.replace("\n15\n", "\n015\n")));
    }

    @Test
    void rejectsNegativeSize() {
        assertBreaks(SIZE, () -> Checkpoint.parse(TEXT.replace("\n15\n", "\n-15\n")));
    }

    @Test
    void rejectsSizeBeyondUint64() {
        assertBreaks(SIZE, () -> Checkpoint.parse(TEXT.replace("\n15\n", "\n18446744073709551616\n")));
    }

    @Test
    void rejectsRootOfThirtyOneBytes() {
        assertBreaks(ROOT, () -> Checkpoint.parse(TEXT.replace(ROOT_15, java.util.Base64.getEncoder().encodeToString(new byte[31]))));
    }

    @Test
    void rejectsRootWithoutPadding() {
        assertBreaks(ROOT, () -> Checkpoint.parse(TEXT.replace(ROOT_15, ROOT_15.replace("=", ""))));
    }

    @Test
    void rejectsEmptyTreeWithOtherRoot() {
        assertBreaks(EMPTY_TREE_ROOT, () -> Checkpoint.parse(TEXT.replace("\n15\n", "\n0\n")));
    }

    @Test
    void rejectsCheckpointOfAnotherLog() {
        byte[] note = Vectors.bytes("tessera-log/checkpoint.15");
        assertBreaks(ORIGIN_MISMATCH, () -> Checkpoint.open(note, "example.com/other", LOG_KEY));
    }

    @Test
    void rejectsCheckpointWhoseSignatureFails() {
        byte[] note = new String(Vectors.bytes("tessera-log/checkpoint.15"), UTF_8).replace("\n15\n", "\n14\n").getBytes(UTF_8);
        assertBreaks(NoteException.Rule.INVALID_SIGNATURE, () -> Checkpoint.open(note, "example.com/log/testdata", LOG_KEY));
    }

    @Test
    void rejectsCheckpointSignedOnlyByUnknownKeys() {
        byte[] note = Vectors.bytes("tessera-log/checkpoint.15");
        Verifiers other = Verifiers.of(VerifierKey.parse("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW").verifier());
        assertBreaks(NoteException.Rule.NO_KNOWN_SIGNATURE, () -> Checkpoint.open(note, "example.com/log/testdata", other));
    }
}
