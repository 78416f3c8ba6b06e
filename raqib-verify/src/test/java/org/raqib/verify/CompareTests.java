package org.raqib.verify;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** compare: two signed checkpoints of one log are consistent, or they prove a split view. */
class CompareTests {

    @TempDir
    Path tmp;

    @Test
    void theSameCheckpointTwiceIsConsistent() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);

        Cli.Result result = compare(save("a", log.checkpointNote()), save("b", log.checkpointNote()));

        assertThat(result.exit()).as(result.toString()).isZero();
    }

    @Test
    void checkpointsOfDifferentSizesOfOneLogAreConsistent() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        Path older = save("a", log.checkpointNote());
        log.statement(TestKeys.B_CUSTODIAL);
        log.publish();

        Cli.Result result = compare(older, save("b", log.checkpointNote()), "--log", log.dir().toString());

        assertThat(result.exit()).as(result.toString()).isZero();
    }

    @Test
    void checkpointsFromAServerAreComparedToo() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        Path older = save("a", log.checkpointNote());
        log.statement(TestKeys.B_CUSTODIAL);
        log.publish();
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = Cli.run("compare", older.toString(), server.baseUrl() + "/checkpoint", "--vkey", TestKeys.vkey(),
                    "--state", state(), "--log", server.baseUrl());

            assertThat(result.exit()).as(result.toString()).isZero();
        }
    }

    @Test
    void twoRootsForOneSizeAreASplitView() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        LogWriter fork = LogWriter.withStatements(tmp.resolve("fork"), 2);
        fork.statement(TestKeys.B_CUSTODIAL);
        fork.publish();

        Cli.Result result = compare(save("a", log.checkpointNote()), save("b", fork.checkpointNote()));

        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.rule()).isEqualTo("SPLIT_VIEW");
        assertThat(result.report().getAsJsonArray("conflicting")).hasSize(2);
        assertThat(result.evidence()).hasSize(2);
    }

    @Test
    void aSmallerCheckpointNotInTheLogIsNamedAsTheSplitView() throws Exception {
        LogWriter fork = LogWriter.withStatements(tmp.resolve("fork"), 2);
        fork.statement(TestKeys.B_CUSTODIAL);
        fork.publish();
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 6);

        Cli.Result result = compare(save("a", fork.checkpointNote()), save("b", log.checkpointNote()), "--log", log.dir().toString());

        assertThat(result.rule()).as(result.toString()).isEqualTo("SPLIT_VIEW");
        assertThat(result.report().getAsJsonArray("conflicting").get(0).getAsString()).isEqualTo("A");
        assertThat(result.report().getAsJsonArray("conflicting")).hasSize(1);
    }

    @Test
    void aLargerCheckpointNotInTheLogIsNamedAsTheSplitView() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        Path small = save("a", log.checkpointNote());
        for (int i = 0; i < 3; i++) {
            log.statement(TestKeys.A_CUSTODIAL);
        }
        log.publish();
        LogWriter fork = LogWriter.withStatements(tmp.resolve("fork"), 4);
        fork.statement(TestKeys.B_CUSTODIAL);
        fork.publish();

        Cli.Result result = compare(small, save("b", fork.checkpointNote()), "--log", log.dir().toString());

        assertThat(result.rule()).as(result.toString()).isEqualTo("SPLIT_VIEW");
        assertThat(result.report().getAsJsonArray("conflicting").get(0).getAsString()).isEqualTo("B");
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsNamed() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        Path good = save("a", log.checkpointNote());
        log.publish(TestKeys.IMPOSTOR);

        Cli.Result result = compare(good, save("b", log.checkpointNote()));

        assertThat(result.rule()).as(result.toString()).isEqualTo("NO_KNOWN_SIGNATURE");
        assertThat(result.report().toString()).contains("checkpoint B");
    }

    @Test
    void differentSizesWithoutTheLogAreAUsageError() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 3);
        Path older = save("a", log.checkpointNote());
        log.statement(TestKeys.B_CUSTODIAL);
        log.publish();

        Cli.Result result = compare(older, save("b", log.checkpointNote()));

        assertThat(result.exit()).isEqualTo(2);
    }

    private Cli.Result compare(Path a, Path b, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("compare", a.toString(), b.toString(),
                "--vkey", TestKeys.vkey(), "--state", state()));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Path save(String name, byte[] note) throws Exception {
        return Files.write(tmp.resolve(name + ".checkpoint"), note);
    }

    private String state() {
        return tmp.resolve("state").toString();
    }
}
