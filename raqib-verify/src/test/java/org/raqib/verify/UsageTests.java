package org.raqib.verify;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that cannot be made exit with 2 and a JSON report of status "error", and store nothing. */
class UsageTests {

    @TempDir
    Path tmp;

    @Test
    void helpExitsWithZero() {
        assertThat(Main.run(new java.io.PrintStream(new java.io.ByteArrayOutputStream()), System.err, "--help")).isZero();
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result result = Cli.run();

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.status()).isEqualTo("error");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result result = Cli.run("verify", "--log", tmp.toString(), "--frobnicate");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.report().get("command").getAsString()).isEqualTo("verify");
    }

    @Test
    void noLogKeyIsAUsageError() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);

        Cli.Result result = Cli.run("verify", "--log", log.dir().toString());

        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void aStateWithoutAPinnedKeyIsAUsageError() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);

        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--state", tmp.resolve("state").toString());

        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void aMalformedVkeyIsAUsageError() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);

        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--vkey", "not-a-key", "--state", state());

        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void aVkeyOtherThanThePinnedOneIsAUsageError() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);
        Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state());

        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.IMPOSTOR.verifierKey().encode(),
                "--state", state());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.report().get("error").getAsString()).contains("pins the log key");
    }

    @Test
    void trustOnFirstUseWithAFolderIsAUsageError() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);

        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--trust-on-first-use", "--state", state());

        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void aMissingFolderIsAUsageError() {
        Cli.Result result = Cli.run("verify", "--log", tmp.resolve("nowhere").toString(), "--vkey", TestKeys.vkey(), "--state", state());

        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void anUnreachableServerIsAnError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        Cli.Result result = Cli.run("verify", "--log", "http://127.0.0.1:" + port + "/log/x", "--vkey", TestKeys.vkey(), "--state", state());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.report().get("error").getAsString()).contains("127.0.0.1:" + port);
    }

    @Test
    void aServerWithoutThatLogIsAnError() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = Cli.run("verify", "--log", server.baseUrl().replace(LogServer.LOG, "nolog"), "--vkey", TestKeys.vkey(),
                    "--state", state());

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.report().get("error").getAsString()).contains("not found");
        }
    }

    @Test
    void aUrlThatIsNotALogUrlIsAUsageErrorForTheApi() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = Cli.run("verify", "--log", server.baseUrl().replace("/log/", "/logs/"), "--trust-on-first-use",
                    "--state", state());

            assertThat(result.exit()).isEqualTo(2);
        }
    }

    @Test
    void anUnreadableStateIsAnError() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 1);
        Files.createDirectories(tmp.resolve("state"));
        Files.writeString(tmp.resolve("state/state.json"), "{ not json");

        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", state());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.report().get("error").getAsString()).contains("unreadable state");
    }

    @Test
    void aReceiptWithoutAnEntryIsAUsageError() {
        Cli.Result result = Cli.run("receipt", tmp.resolve("r").toString(), "--vkey", TestKeys.vkey());

        assertThat(result.exit()).isEqualTo(2);
    }

    private String state() {
        return tmp.resolve("state").toString();
    }
}
