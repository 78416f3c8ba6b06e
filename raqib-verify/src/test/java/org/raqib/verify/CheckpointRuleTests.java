package org.raqib.verify;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.SignerKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rejections of the log's checkpoint: its signature and origin, and its growth from the stored one,
 * where a conflicting checkpoint is kept as evidence and the state is left as it was.
 */
class CheckpointRuleTests {

    @TempDir
    Path tmp;

    @Test
    void aCheckpointOfAnotherOriginFailsOriginMismatch() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        SignerKey other = SignerKey.generate("other.example/log", new java.security.SecureRandom());
        byte[] note = new Checkpoint("other.example/log", log.size(), log.checkpoint().root()).sign(other.signer()).encode();
        LogWriter.write(log.dir().resolve("checkpoint"), note);

        Cli.Result result = verify(log);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.rule()).as(result.toString()).isEqualTo("ORIGIN_MISMATCH");
    }

    @Test
    void aCheckpointSignedByAnotherKeyFailsNoKnownSignature() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        log.statement(TestKeys.A_CUSTODIAL);
        log.publish(TestKeys.IMPOSTOR);

        Cli.Result result = verify(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("NO_KNOWN_SIGNATURE");
    }

    @Test
    void aCheckpointWithABadSignatureFailsInvalidSignature() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        LogWriter.write(log.dir().resolve("checkpoint"), Tamper.flipSignatureBit(log.checkpointNote()));

        Cli.Result result = verify(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("INVALID_SIGNATURE");
    }

    @Test
    void aSmallerCheckpointIsARollbackWithEvidence() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        byte[] old = log.checkpointNote();
        log.statement(TestKeys.A_CUSTODIAL);
        log.publish();
        verify(log);
        byte[] stored = stateFile();
        LogWriter.write(log.dir().resolve("checkpoint"), old);

        Cli.Result result = verify(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("ROLLBACK");
        assertEvidence(result, old, log.checkpointNote());
        assertThat(stateFile()).isEqualTo(stored);
    }

    @Test
    void anotherRootAtTheStoredSizeIsEquivocationWithEvidence() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        verify(log);
        byte[] stored = stateFile();
        LogWriter fork = LogWriter.withStatements(tmp.resolve("fork"), 2);
        fork.statement(TestKeys.B_CUSTODIAL);
        fork.publish();

        Cli.Result result = verify(fork);

        assertThat(result.rule()).as(result.toString()).isEqualTo("EQUIVOCATION");
        assertEvidence(result, fork.checkpointNote(), log.checkpointNote());
        assertThat(stateFile()).isEqualTo(stored);
    }

    @Test
    void aRewrittenHistorySignedByTheLogKeyIsInconsistentWithEvidence() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);
        byte[] stored = stateFile();
        LogWriter fork = LogWriter.withStatements(tmp.resolve("fork"), 2);
        for (int i = 0; i < 6; i++) {
            fork.statement(TestKeys.B_CUSTODIAL);
        }
        fork.publish();

        Cli.Result result = verify(fork);

        assertThat(result.rule()).as(result.toString()).isEqualTo("CONSISTENCY");
        assertEvidence(result, fork.checkpointNote(), log.checkpointNote());
        assertThat(stateFile()).isEqualTo(stored);
    }

    @Test
    void aFailedFirstRunStoresNothing() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        Tamper.flipEntryBit(log, 2);

        verify(log);

        assertThat(tmp.resolve("state/state.json")).doesNotExist();
    }

    @Test
    void aFailedEntryLeavesTheStoredStateAsItWas() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);
        byte[] stored = stateFile();
        log.statement(TestKeys.A_CUSTODIAL);
        log.publish();
        Tamper.flipEntryBit(log, 6);

        Cli.Result result = verify(log);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(stateFile()).isEqualTo(stored);
    }

    private void assertEvidence(Cli.Result result, byte[] conflicting, byte[] stored) throws Exception {
        assertThat(result.evidence()).hasSize(2);
        assertThat(Files.readAllBytes(Path.of(result.evidence().get(0)))).isEqualTo(conflicting);
        assertThat(Files.readAllBytes(Path.of(result.evidence().get(1)))).isEqualTo(stored);
        assertThat(Path.of(result.evidence().get(0)).getParent()).isEqualTo(tmp.resolve("state/evidence"));
    }

    private byte[] stateFile() throws Exception {
        return Files.readAllBytes(tmp.resolve("state/state.json"));
    }

    private Cli.Result verify(LogWriter log) {
        return Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", tmp.resolve("state").toString());
    }
}
