package org.raqib.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** With --token, the payloads the user may read are checked against their entries. */
class PayloadTests {

    @TempDir
    Path tmp;

    @Test
    void checksEveryReadablePayloadAgainstItsEntry() {
        LogWriter log = mixedLog();
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = verify(server, LogServer.READER);

            assertThat(result.exit()).as(result.toString()).isZero();
            assertThat(result.count("payloads", "checked")).isEqualTo(5);
            assertThat(result.count("payloads", "notReadable")).isZero();
        }
    }

    @Test
    void aPayloadThatDoesNotMatchItsEntryFailsAtItsIndex() {
        LogWriter log = mixedLog();
        log.replacePayload(3, "{\"statement\":\"rewritten\"}".getBytes(StandardCharsets.UTF_8));
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = verify(server, LogServer.READER);

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.rule()).as(result.toString()).isEqualTo("PAYLOAD_MISMATCH");
            assertThat(result.index()).isEqualTo(3);
        }
    }

    @Test
    void aPayloadTheServerLacksFailsMissingPayload() {
        LogWriter log = mixedLog();
        log.replacePayload(2, null);
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = verify(server, LogServer.READER);

            assertThat(result.rule()).as(result.toString()).isEqualTo("MISSING_PAYLOAD");
            assertThat(result.index()).isEqualTo(2);
        }
    }

    @Test
    void payloadsWithoutANeedToKnowAreCountedNotReadable() {
        LogWriter log = mixedLog();
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = verify(server, LogServer.LIMITED);

            assertThat(result.exit()).as(result.toString()).isZero();
            assertThat(result.count("payloads", "checked")).isEqualTo(3);
            assertThat(result.count("payloads", "notReadable")).isEqualTo(2);
        }
    }

    @Test
    void aRefusedTokenIsAUsageError() {
        LogWriter log = mixedLog();
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = verify(server, "wrong-token");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.status()).isEqualTo("error");
            assertThat(tmp.resolve("state/state.json")).doesNotExist();
        }
    }

    @Test
    void aTokenForAFolderIsAUsageError() {
        LogWriter log = mixedLog();

        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state(),
                "--token", LogServer.READER);

        assertThat(result.exit()).isEqualTo(2);
    }

    // Entries 0 (roster), 1 and 2 by side A, 3 and 4 by side B.
    private LogWriter mixedLog() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        log.statement(TestKeys.B_CUSTODIAL);
        log.statement(TestKeys.B_CUSTODIAL);
        log.publish();
        return log;
    }

    private Cli.Result verify(LogServer server, String token) {
        return Cli.run("verify", "--log", server.baseUrl(), "--vkey", TestKeys.vkey(), "--state", state(), "--token", token);
    }

    private String state() {
        return tmp.resolve("state").toString();
    }
}
