package org.raqib.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.SignedEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** Rejections of entries, each naming the index of the first entry at fault and the rule it breaks. */
class EntryRuleTests {

    @TempDir
    Path tmp;

    @Test
    void anEntryWithABadSignatureFailsInvalidSignature() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        SignedEntry entry = log.entry(TestKeys.A_CUSTODIAL).sign(TestKeys.A_CUSTODIAL.signer());
        long index = log.appendLeaf(Tamper.flipSignatureBit(entry.leaf()), entry.entry().party(), 3, new byte[0]);
        log.publish();

        assertFails(log, index, "INVALID_SIGNATURE");
    }

    @Test
    void anEntryByAKeyNotInTheRosterFailsPartyNotInRoster() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        long index = log.statement(TestKeys.B_OWN);
        log.publish();

        assertFails(log, index, "PARTY_NOT_IN_ROSTER");
    }

    @Test
    void anEntryByAKeyNotYetValidAtItsIndexFailsPartyNotInRoster() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        log.roster(TestKeys.rosterWithBOwn(10, OptionalLong.empty()));
        long index = log.statement(TestKeys.B_OWN);
        log.publish();

        assertFails(log, index, "PARTY_NOT_IN_ROSTER");
    }

    @Test
    void anEntryByAKeyNoLongerValidAtItsIndexFailsPartyNotInRoster() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        log.roster(TestKeys.rosterWithBOwn(0, OptionalLong.of(3)));
        log.statement(TestKeys.B_OWN);
        long index = log.statement(TestKeys.B_OWN);
        log.publish();

        assertFails(log, index, "PARTY_NOT_IN_ROSTER");
    }

    @Test
    void aRosterEntryIsVerifiedAgainstTheRosterBeforeIt() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        byte[] text = TestKeys.rosterWithBOwn(0, OptionalLong.empty()).text().getBytes(StandardCharsets.UTF_8);
        SignedEntry entry = log.entry(TestKeys.B_OWN).kind("record.roster/v1").payload(text)
                .sign(TestKeys.B_OWN.signer(), TestKeys.MEDIATOR.signer());
        long index = log.append(entry, text);
        LogWriter.write(log.dir().resolve("roster/" + index), text);
        log.publish();

        assertFails(log, index, "PARTY_NOT_IN_ROSTER");
    }

    @Test
    void aRosterEntryWithoutTheMediatorsSignatureFailsMissingSignature() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        byte[] text = TestKeys.genesisRoster().text().getBytes(StandardCharsets.UTF_8);
        SignedEntry entry = log.entry(TestKeys.A_CUSTODIAL).kind("record.roster/v1").payload(text).sign(TestKeys.A_CUSTODIAL.signer());
        long index = log.append(entry, text);
        log.publish();

        assertFails(log, index, "MISSING_SIGNATURE");
    }

    @Test
    void anEntryOfAnUnknownKindFailsUnknownKindWithAHint() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        long index = log.append(log.entry(TestKeys.A_CUSTODIAL).kind("exchange.handover/v1").sign(TestKeys.A_CUSTODIAL.signer()),
                new byte[0]);
        log.publish();

        Cli.Result result = audit(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("UNKNOWN_KIND");
        assertThat(result.index()).isEqualTo(index);
        assertThat(result.report().toString()).contains("--kinds");
    }

    @Test
    void aKindsFileMakesANewerKindKnown() throws Exception {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        log.append(log.entry(TestKeys.A_CUSTODIAL).kind("exchange.handover/v1").sign(TestKeys.A_CUSTODIAL.signer()), new byte[0]);
        log.publish();
        Path kinds = Files.writeString(tmp.resolve("kinds.txt"), "exchange.handover/v1\n");

        Cli.Result result = Cli.run("audit", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state(),
                "--kinds", kinds.toString());

        assertThat(result.exit()).as(result.toString()).isZero();
    }

    @Test
    void aSeqGapFailsSeq() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        long index = log.append(log.entry(TestKeys.A_CUSTODIAL).seq(4).sign(TestKeys.A_CUSTODIAL.signer()), new byte[0]);
        log.publish();

        Cli.Result result = assertFails(log, index, "SEQ");
        assertThat(result.report().toString()).contains("gap");
    }

    @Test
    void aRepeatedSeqFailsSeq() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        long index = log.append(log.entry(TestKeys.A_CUSTODIAL).seq(2).sign(TestKeys.A_CUSTODIAL.signer()), new byte[0]);
        log.publish();

        Cli.Result result = assertFails(log, index, "SEQ");
        assertThat(result.report().toString()).contains("repeats");
    }

    @Test
    void aSeqGapAcrossRunsFailsSeq() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        verify(log);
        long index = log.append(log.entry(TestKeys.A_CUSTODIAL).seq(5).sign(TestKeys.A_CUSTODIAL.signer()), new byte[0]);
        log.publish();

        Cli.Result result = verify(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("SEQ");
        assertThat(result.index()).isEqualTo(index);
    }

    @Test
    void aRefWithTheTargetsLeafHashPasses() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        log.append(log.entry(TestKeys.B_CUSTODIAL).ref(1, log.leafHash(1)).sign(TestKeys.B_CUSTODIAL.signer()), new byte[0]);
        log.publish();

        assertThat(audit(log).exit()).isZero();
    }

    @Test
    void aRefToAnEntryOfAnEarlierRunIsProvenFromTheTiles() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        verify(log);
        log.append(log.entry(TestKeys.B_CUSTODIAL).ref(1, log.leafHash(1)).sign(TestKeys.B_CUSTODIAL.signer()), new byte[0]);
        log.publish();

        assertThat(verify(log).exit()).isZero();
    }

    @Test
    void aRefToAnEntryOfAnEarlierRunWithAnotherLeafHashFailsRef() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        verify(log);
        long index = log.append(log.entry(TestKeys.B_CUSTODIAL).ref(1, log.leafHash(2)).sign(TestKeys.B_CUSTODIAL.signer()),
                new byte[0]);
        log.publish();

        Cli.Result result = verify(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("REF");
        assertThat(result.index()).isEqualTo(index);
    }

    @Test
    void aHeldBackSeenFailureIsReportedBeforeALaterEntrysFailure() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        long index = log.append(log.entry(TestKeys.B_CUSTODIAL).seen(2, Hashes.sha256(new byte[] {9}))
                .sign(TestKeys.B_CUSTODIAL.signer()), new byte[0]);
        log.append(log.entry(TestKeys.A_CUSTODIAL).seq(9).sign(TestKeys.A_CUSTODIAL.signer()), new byte[0]);
        log.publish();

        assertFails(log, index, "SEEN");
    }

    @Test
    void aRefWithAnotherLeafHashFailsRef() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        long index = log.append(log.entry(TestKeys.B_CUSTODIAL).ref(1, log.leafHash(2)).sign(TestKeys.B_CUSTODIAL.signer()),
                new byte[0]);
        log.publish();

        assertFails(log, index, "REF");
    }

    @Test
    void aRefToALaterEntryFailsRef() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        long index = log.append(log.entry(TestKeys.B_CUSTODIAL).ref(3, log.leafHash(2)).sign(TestKeys.B_CUSTODIAL.signer()),
                new byte[0]);
        log.publish();

        assertFails(log, index, "REF");
    }

    @Test
    void aSeenRootTheLogNeverHadFailsSeen() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        long index = log.append(log.entry(TestKeys.B_CUSTODIAL).seen(2, Hashes.sha256(new byte[] {9}))
                .sign(TestKeys.B_CUSTODIAL.signer()), new byte[0]);
        log.publish();

        assertFails(log, index, "SEEN");
    }

    @Test
    void aSeenSizeBeyondTheEntryFailsSeen() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        long index = log.append(log.entry(TestKeys.B_CUSTODIAL).seen(9, Hashes.sha256(new byte[] {9}))
                .sign(TestKeys.B_CUSTODIAL.signer()), new byte[0]);
        log.statement(TestKeys.A_CUSTODIAL);
        log.publish();

        assertFails(log, index, "SEEN");
    }

    @Test
    void aRosterTextThatIsNotTheRosterEntrysPayloadFailsRosterHash() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        long index = log.roster(TestKeys.rosterWithBOwn(0, OptionalLong.empty()));
        log.publish();
        LogWriter.write(log.dir().resolve("roster/" + index), TestKeys.genesisRoster().text().getBytes(StandardCharsets.UTF_8));

        assertFails(log, index, "ROSTER_HASH");
    }

    @Test
    void aGenesisRosterTextThatIsNotItsPayloadFailsRosterHash() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);
        LogWriter.write(log.dir().resolve("roster/0"), TestKeys.rosterWithBOwn(0, OptionalLong.empty()).text().getBytes(StandardCharsets.UTF_8));

        assertFails(log, 0, "ROSTER_HASH");
    }

    @Test
    void aMissingRosterFailsMissingRoster() throws Exception {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        long index = log.roster(TestKeys.rosterWithBOwn(0, OptionalLong.empty()));
        log.publish();
        Files.delete(log.dir().resolve("roster/" + index));

        assertFails(log, index, "MISSING_ROSTER");
    }

    @Test
    void aRosterOfAnotherLogFailsRosterText() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        byte[] text = TestKeys.genesisRoster().text().replace(TestKeys.ORIGIN, "other.example/log").getBytes(StandardCharsets.UTF_8);
        long index = log.append(log.entry(TestKeys.MEDIATOR).kind("record.roster/v1").payload(text).sign(TestKeys.MEDIATOR.signer()), text);
        LogWriter.write(log.dir().resolve("roster/" + index), text);
        log.publish();

        assertFails(log, index, "ROSTER_TEXT");
    }

    @Test
    void aLogThatDoesNotStartWithARosterFailsNoRoster() {
        LogWriter log = LogWriter.empty(tmp.resolve("log"));
        log.statement(TestKeys.A_CUSTODIAL);
        log.publish();

        assertFails(log, 0, "NO_ROSTER");
    }

    @Test
    void aLeafThatIsNotASignedNoteFailsItsNoteRule() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);
        long index = log.appendLeaf("not a note\n".getBytes(StandardCharsets.UTF_8), "x", 1, new byte[0]);
        log.publish();

        assertFails(log, index, "NO_SIGNATURE_BLOCK");
    }

    @Test
    void anEntryOfAnotherLogFailsOriginMismatch() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);
        long index = log.append(log.entry(TestKeys.A_CUSTODIAL).origin("other.example/log").sign(TestKeys.A_CUSTODIAL.signer()),
                new byte[0]);
        log.publish();

        assertFails(log, index, "ORIGIN_MISMATCH");
    }

    private Cli.Result assertFails(LogWriter log, long index, String rule) {
        Cli.Result result = audit(log);
        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.rule()).as(result.toString()).isEqualTo(rule);
        assertThat(result.index()).isEqualTo(index);
        return result;
    }

    private Cli.Result audit(LogWriter log) {
        return Cli.run("audit", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state());
    }

    private Cli.Result verify(LogWriter log) {
        return Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state());
    }

    private String state() {
        return tmp.resolve("state").toString();
    }
}
