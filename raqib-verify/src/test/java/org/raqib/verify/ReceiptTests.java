package org.raqib.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.TlogProof;

import static org.assertj.core.api.Assertions.assertThat;

/** receipt: the entry is in the receipt's checkpoint, and that checkpoint is in today's log. */
class ReceiptTests {

    @TempDir
    Path tmp;

    @Test
    void aReceiptAtTheStoredCheckpointPassesWithoutTheLog() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);

        Cli.Result result = receipt(log.receipt(3), "--leaf-hash", base64(log.leafHash(3)));

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.section("against").get("source").getAsString()).isEqualTo("state");
    }

    @Test
    void aReceiptOfAnEntryNoteIsCheckedAgainstTheGrownLog() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        byte[] receipt = log.receipt(3);
        Path entry = Files.write(tmp.resolve("entry.note"), log.leaf(3));
        for (int i = 0; i < 4; i++) {
            log.statement(TestKeys.B_CUSTODIAL);
        }
        log.publish();
        verify(log);

        Cli.Result result = receipt(receipt, "--entry", entry.toString(), "--log", log.dir().toString());

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.section("receipt").get("index").getAsLong()).isEqualTo(3);
        assertThat(result.section("against").get("size").getAsLong()).isEqualTo(10);
    }

    @Test
    void aReceiptNewerThanTheStoredCheckpointIsCheckedAgainstTheLogWithAWarning() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);
        log.statement(TestKeys.B_CUSTODIAL);
        log.publish();

        Cli.Result result = receipt(log.receipt(6), "--leaf-hash", base64(log.leafHash(6)), "--log", log.dir().toString());

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.warnings()).anyMatch(w -> w.contains("newer than the stored one"));
    }

    @Test
    void aReceiptFromAForkedLogIsNotInTodaysLog() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 8);
        verify(log);
        LogWriter fork = LogWriter.withStatements(tmp.resolve("fork"), 3);
        fork.statement(TestKeys.B_CUSTODIAL);
        fork.publish();

        Cli.Result result = receipt(fork.receipt(4), "--leaf-hash", base64(fork.leafHash(4)), "--log", log.dir().toString());

        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.rule()).isEqualTo("CONSISTENCY");
        assertThat(result.evidence()).hasSize(2);
        assertThat(Files.readAllBytes(Path.of(result.evidence().get(0)))).isEqualTo(fork.checkpointNote());
    }

    @Test
    void aReceiptAtTheStoredSizeWithAnotherRootIsASplitView() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);
        LogWriter fork = LogWriter.withStatements(tmp.resolve("fork"), 4);
        fork.statement(TestKeys.B_CUSTODIAL);
        fork.publish();

        Cli.Result result = receipt(fork.receipt(5), "--leaf-hash", base64(fork.leafHash(5)));

        assertThat(result.rule()).as(result.toString()).isEqualTo("SPLIT_VIEW");
    }

    @Test
    void aReceiptWithATamperedProofFailsInclusion() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);
        TlogProof proof = TlogProof.parse(log.receipt(3));
        List<byte[]> hashes = new java.util.ArrayList<>(proof.proof());
        hashes.set(0, Hashes.sha256(new byte[] {1}));
        byte[] tampered = new TlogProof(new byte[0], 3, hashes, proof.checkpoint()).encode();

        Cli.Result result = receipt(tampered, "--leaf-hash", base64(log.leafHash(3)));

        assertThat(result.rule()).as(result.toString()).isEqualTo("INCLUSION");
        assertThat(result.index()).isEqualTo(3);
    }

    @Test
    void aReceiptForAnotherEntryFailsInclusion() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);

        Cli.Result result = receipt(log.receipt(3), "--leaf-hash", base64(log.leafHash(2)));

        assertThat(result.rule()).as(result.toString()).isEqualTo("INCLUSION");
    }

    @Test
    void aReceiptWithATamperedCheckpointSignatureFailsInvalidSignature() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);
        TlogProof proof = TlogProof.parse(log.receipt(3));
        byte[] tampered = new TlogProof(new byte[0], 3, proof.proof(), Tamper.flipSignatureBit(proof.checkpoint())).encode();

        Cli.Result result = receipt(tampered, "--leaf-hash", base64(log.leafHash(3)));

        assertThat(result.rule()).as(result.toString()).isEqualTo("INVALID_SIGNATURE");
    }

    @Test
    void aMalformedReceiptFailsItsFormatRule() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);

        Cli.Result result = receipt("not a receipt\n\n".getBytes(StandardCharsets.UTF_8), "--leaf-hash", base64(log.leafHash(3)));

        assertThat(result.rule()).as(result.toString()).isEqualTo("HEADER");
    }

    @Test
    void aReceiptWithNothingToCompareItWithIsAUsageError() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);

        Cli.Result result = receipt(log.receipt(3), "--leaf-hash", base64(log.leafHash(3)), "--vkey", TestKeys.vkey());

        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void anOlderReceiptWithoutTheLogIsAUsageError() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        byte[] receipt = log.receipt(3);
        log.statement(TestKeys.A_CUSTODIAL);
        log.publish();
        verify(log);

        Cli.Result result = receipt(receipt, "--leaf-hash", base64(log.leafHash(3)));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.report().get("error").getAsString()).contains("--log");
    }

    private Cli.Result receipt(byte[] receipt, String... options) throws Exception {
        Path file = Files.write(Files.createTempFile(tmp, "receipt", ".tlog-proof"), receipt);
        List<String> args = new java.util.ArrayList<>(List.of("receipt", file.toString(), "--state", tmp.resolve("state").toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private void verify(LogWriter log) {
        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", tmp.resolve("state").toString());
        assertThat(result.exit()).as(result.toString()).isZero();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
