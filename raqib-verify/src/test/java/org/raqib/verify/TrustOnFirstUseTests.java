package org.raqib.verify;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** --trust-on-first-use: the server's own word for its key, pinned on first use and said out loud. */
class TrustOnFirstUseTests {

    @TempDir
    Path tmp;

    @Test
    void pinsTheServersKeyAndSaysItWasNotPinnedIndependently() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = tofu(server);

            assertThat(result.exit()).as(result.toString()).isZero();
            assertThat(result.section("key").get("pinnedBy").getAsString()).isEqualTo("trust-on-first-use");
            assertThat(result.warnings()).anyMatch(w -> w.startsWith("TRUST ON FIRST USE") && w.contains(TestKeys.vkey()));
        }
    }

    @Test
    void laterRunsUseThePinnedKeyAndStillWarn() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        try (LogServer server = LogServer.serve(log)) {
            tofu(server);

            Cli.Result result = Cli.run("verify", "--log", server.baseUrl(), "--state", tmp.resolve("state").toString());

            assertThat(result.exit()).as(result.toString()).isZero();
            assertThat(result.warnings()).anyMatch(w -> w.startsWith("TRUST ON FIRST USE"));
        }
    }

    @Test
    void aServerThatNowGivesAnotherKeyFailsLogKeyChanged() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 2);
        try (LogServer server = LogServer.serve(log)) {
            tofu(server);
            server.advertise(TestKeys.IMPOSTOR.verifierKey().encode());

            Cli.Result result = tofu(server);

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.rule()).isEqualTo("LOG_KEY_CHANGED");
        }
    }

    private Cli.Result tofu(LogServer server) {
        return Cli.run("verify", "--log", server.baseUrl(), "--trust-on-first-use", "--state", tmp.resolve("state").toString());
    }
}
