package org.raqib.verify;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.SignedEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** Rejections about the tree: entry bundles, tiles and the root, each naming the first index at fault. */
class TreeRuleTests {

    @TempDir
    Path tmp;

    @Test
    void aChangedByteInAnEntryBundleFailsLeafHashAtThatIndex() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        Tamper.flipEntryBit(log, 3);

        Cli.Result result = audit(log);

        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.rule()).isEqualTo("LEAF_HASH");
        assertThat(result.index()).isEqualTo(3);
    }

    @Test
    void aChangedLeafHashInATileFailsLeafHashAtThatIndex() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        Tamper.setLeafHash(log, 4, Hashes.sha256(new byte[] {4}));

        Cli.Result result = audit(log);

        assertThat(result.rule()).isEqualTo("LEAF_HASH");
        assertThat(result.index()).isEqualTo(4);
    }

    @Test
    void anEntryReplacedWithItsTileHashFailsTheRoot() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        SignedEntry other = LogWriter.withStatements(tmp.resolve("other"), 0).entry(TestKeys.A_CUSTODIAL)
                .seq(5).sign(TestKeys.A_CUSTODIAL.signer());
        Tamper.replaceEntry(log, 5, other.leaf());

        Cli.Result result = audit(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("ROOT");
        assertThat(result.index()).isNull();
    }

    @Test
    void aChangedUpperTileHashFailsTileHash() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 600);
        Tamper.setTileHash(log.dir().resolve("tile/1/000.p/2"), 1, Hashes.sha256(new byte[] {1}));

        Cli.Result result = audit(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("TILE_HASH");
        assertThat(result.index()).isEqualTo(256);
    }

    @Test
    void aChangedTileHashBelowTheStoredSizeFailsConsistency() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        verify(log);
        log.statement(TestKeys.B_CUSTODIAL);
        log.publish();
        Tamper.setLeafHash(log, 2, Hashes.sha256(new byte[] {2}));

        Cli.Result result = verify(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("CONSISTENCY");
    }

    @Test
    void aMissingEntryBundleFailsMissingTile() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 300);
        Files.delete(log.dir().resolve("tile/entries/001.p/45"));

        Cli.Result result = audit(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("MISSING_TILE");
        assertThat(result.index()).isEqualTo(256);
    }

    @Test
    void aMissingTileOfAServerFailsMissingTile() throws Exception {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 300);
        Files.delete(log.dir().resolve("tile/0/001.p/45"));
        try (LogServer server = LogServer.serve(log)) {
            Cli.Result result = Cli.run("audit", "--log", server.baseUrl(), "--vkey", TestKeys.vkey(), "--state", state());

            assertThat(result.rule()).as(result.toString()).isEqualTo("MISSING_TILE");
            assertThat(result.index()).isEqualTo(256);
        }
    }

    @Test
    void aTileOfTheWrongLengthFailsTileSize() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        LogWriter.write(log.dir().resolve("tile/0/000.p/6"), new byte[5 * Hashes.SIZE]);

        Cli.Result result = audit(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("TILE_SIZE");
        assertThat(result.index()).isZero();
    }

    @Test
    void aTruncatedEntryBundleFailsBundle() {
        LogWriter log = LogWriter.withStatements(tmp.resolve("log"), 5);
        Path bundle = log.dir().resolve("tile/entries/000.p/6");
        byte[] data = Tamper.read(bundle);
        LogWriter.write(bundle, java.util.Arrays.copyOf(data, data.length - 10));

        Cli.Result result = audit(log);

        assertThat(result.rule()).as(result.toString()).isEqualTo("BUNDLE");
        assertThat(result.index()).isZero();
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
