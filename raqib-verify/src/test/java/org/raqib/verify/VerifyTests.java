package org.raqib.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** verify and audit on honest logs, from a folder and from a server. */
class VerifyTests {

    @TempDir
    Path tmp;

    @Test
    void verifiesAnHonestLogInAFolder() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);

        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state());

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.status()).isEqualTo("ok");
        assertThat(result.section("checkpoint").get("size").getAsLong()).isEqualTo(6);
        assertThat(result.count("entries", "checked")).isEqualTo(6);
        assertThat(result.report().get("origin").getAsString()).isEqualTo(TestKeys.ORIGIN);
        assertThat(result.err()).startsWith("raqib-verify verify: OK");
    }

    @Test
    void verifiesAnHonestLogOnAServer() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = Cli.run("verify", "--log", server.baseUrl(), "--vkey", TestKeys.vkey(), "--state", state());

            assertThat(result.exit()).as(result.toString()).isZero();
            assertThat(result.count("entries", "checked")).isEqualTo(6);
        }
    }

    @Test
    void auditsAnHonestLogInAFolder() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);

        Cli.Result result = Cli.run("audit", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state());

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.count("entries", "checked")).isEqualTo(6);
    }

    @Test
    void auditsAnHonestLogOnAServer() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = Cli.run("audit", "--log", server.baseUrl(), "--vkey", TestKeys.vkey(), "--state", state());

            assertThat(result.exit()).as(result.toString()).isZero();
            assertThat(result.count("entries", "checked")).isEqualTo(6);
        }
    }

    @Test
    void auditsALogOfSeveralTilesWithUpperTiles() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        for (int i = 0; i < 700; i++) {
            log.statement(i % 2 == 0 ? TestKeys.A_CUSTODIAL : TestKeys.B_CUSTODIAL);
            if (i % 97 == 0) {
                log.publish();
            }
        }
        log.publish();

        Cli.Result result = Cli.run("audit", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state());

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.count("entries", "checked")).isEqualTo(701);
    }

    @Test
    void verifyAfterGrowthChecksOnlyTheNewEntries() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);
        for (int i = 0; i < 3; i++) {
            log.statement(TestKeys.B_CUSTODIAL);
        }
        log.publish();

        Cli.Result result = verify(log);

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.section("previous").get("size").getAsLong()).isEqualTo(6);
        assertThat(result.count("entries", "from")).isEqualTo(6);
        assertThat(result.count("entries", "checked")).isEqualTo(3);
    }

    @Test
    void verifyAcrossTileBoundariesUsesTheStoredRange() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 300);
        verify(log);
        for (int i = 0; i < 500; i++) {
            log.statement(TestKeys.A_OWN);
        }
        log.publish();

        Cli.Result result = verify(log);

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.count("entries", "checked")).isEqualTo(500);
    }

    @Test
    void auditChecksEveryEntryWhateverTheStateHolds() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);

        Cli.Result result = Cli.run("audit", "--log", log.dir().toString(), "--state", state());

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.count("entries", "from")).isZero();
        assertThat(result.count("entries", "checked")).isEqualTo(6);
    }

    @Test
    void countsCustodialAndPartyHeldEntriesApart() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        log.statement(TestKeys.A_CUSTODIAL);
        log.statement(TestKeys.A_OWN);
        log.statement(TestKeys.A_OWN);
        log.statement(TestKeys.B_CUSTODIAL);
        log.publish();

        Cli.Result result = verify(log);

        assertThat(result.count("entries", "custodial")).isEqualTo(3);
        assertThat(result.count("entries", "partyHeld")).isEqualTo(2);
        assertThat(result.section("entries").getAsJsonObject("byParty").getAsJsonObject(TestKeys.SIDE_A).get("partyHeld").getAsLong())
                .isEqualTo(2);
        assertThat(result.section("entries").getAsJsonObject("byParty").getAsJsonObject(TestKeys.SIDE_B).get("custodial").getAsLong())
                .isEqualTo(1);
    }

    @Test
    void appliesARosterChangeFromTheNextIndex() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        log.statement(TestKeys.A_CUSTODIAL);
        log.roster(TestKeys.rosterWithBOwn(0, OptionalLong.empty()));
        log.statement(TestKeys.B_OWN);
        log.publish();

        Cli.Result result = verify(log);

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.count("entries", "checked")).isEqualTo(4);
    }

    @Test
    void appliesARosterChangeToTheTilesAlreadyInFlight() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 300);
        log.roster(TestKeys.rosterWithBOwn(0, OptionalLong.empty()));
        for (int i = 0; i < 2500; i++) {
            log.statement(i % 2 == 0 ? TestKeys.B_OWN : TestKeys.A_CUSTODIAL);
        }
        log.publish();

        Cli.Result result = Cli.run("audit", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state(),
                "--threads", "2");

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.count("entries", "checked")).isEqualTo(2802);
    }

    @Test
    void usesTheRosterInForceFromTheStateOnTheNextRun() {
        LogWriter log = LogWriter.create(tmp.resolve("log"));
        log.roster(TestKeys.rosterWithBOwn(0, OptionalLong.empty()));
        log.publish();
        verify(log);
        log.statement(TestKeys.B_OWN);
        log.publish();

        Cli.Result result = verify(log);

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.count("entries", "checked")).isEqualTo(1);
    }

    @Test
    void pinsTheLogKeyInTheState() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        verify(log);

        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--state", state());

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.section("key").get("pinnedBy").getAsString()).isEqualTo("argument");
    }

    @Test
    void writesTheReportToAFileToo() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        Path report = tmp.resolve("report.json");

        Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state(), "--report", report.toString());

        assertThat(Files.readString(report)).contains("\"status\": \"ok\"");
    }

    @Test
    void storesTheCheckpointAfterASuccessfulRun() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);

        verify(log);

        assertThat(Files.readAllBytes(tmp.resolve("state/checkpoint"))).isEqualTo(log.checkpointNote());
    }

    private Cli.Result verify(LogWriter log) {
        return Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state());
    }

    private String state() {
        return tmp.resolve("state").toString();
    }
}
