package org.raqib.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state directory: what a successful run leaves, read back with every part checked. */
class StateStoreTests {

    @TempDir
    Path tmp;

    @Test
    void readsBackThePositionASuccessfulRunLeft() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        log.statement(TestKeys.B_CUSTODIAL);
        log.publish();
        verify(log);

        VerifierState state = store().load().orElseThrow();

        assertThat(state.checkpoint()).isEqualTo(log.checkpoint());
        assertThat(state.position().seqs()).containsEntry(TestKeys.A_CUSTODIAL.name(), 3L).containsEntry(TestKeys.B_CUSTODIAL.name(), 1L);
        assertThat(state.position().roster().index()).isZero();
        assertThat(state.vkey()).isEqualTo(TestKeys.vkey());
    }

    @Test
    void leavesNoTemporaryFile() throws Exception {
        verify(LogWriter.withStatements(tmp.resolve("log"), 3));

        try (Stream<Path> files = Files.list(tmp.resolve("state"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("state.json", "checkpoint");
        }
    }

    @Test
    void refusesAStateWhoseRangeDoesNotGiveItsRoot() throws Exception {
        verify(LogWriter.withStatements(tmp.resolve("log"), 3));
        Path file = tmp.resolve("state/state.json");
        String json = Files.readString(file);
        String firstHash = json.substring(json.indexOf("\"range\": [") + 10).strip().substring(1, 45);
        Files.writeString(file, json.replace(firstHash, StateJson.base64(new byte[32])));

        assertThatThrownBy(() -> store().load()).isInstanceOf(CommandError.class).hasMessageContaining("unreadable state");
    }

    private StateStore store() {
        return new StateStore(tmp.resolve("state"), Clock.systemUTC());
    }

    private void verify(LogWriter log) {
        Cli.Result result = Cli.run("verify", "--log", log.dir().toString(), "--vkey", TestKeys.vkey(), "--state", tmp.resolve("state").toString());
        assertThat(result.exit()).as(result.toString()).isZero();
    }
}
