package org.raqib.tlog;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Tessera's test log (transparency-dev/tessera testdata/log), verified end to end. */
class TesseraLogTests {

    private static final String ORIGIN = "example.com/log/testdata";
    private static final List<String> LEAVES = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eit", "nain", "ten", "ileven", "twelf", "threeten", "fourten", "fivten");
    private static final Verifiers LOG_KEY = Verifiers.of(VerifierKey.parse(NoteKeyTests.TESSERA_VKEY).verifier());
    private static final TileReader FILES = tile -> Vectors.bytes("tessera-log/" + tile.path());

    @Test
    void entryBundleHoldsTheFifteenLeaves() {
        List<byte[]> entries = EntryBundle.decode(Vectors.bytes("tessera-log/" + new Tile(0, 0, 15).entriesPath()));
        assertThat(entries).extracting(e -> new String(e, UTF_8)).containsExactlyElementsOf(LEAVES);
    }

    @Test
    void everyPartialEntryBundleEncodesItsLeaves() {
        for (int width = 1; width <= 15; width++) {
            assertThat(EntryBundle.encode(leaves(width))).as("width %d", width)
                    .isEqualTo(Vectors.bytes("tessera-log/" + new Tile(0, 0, width).entriesPath()));
        }
    }

    @Test
    void levelZeroTileHoldsTheLeafHashes() {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        leaves(15).forEach(leaf -> hashes.writeBytes(Hashes.leafHash(leaf)));
        assertThat(Vectors.bytes("tessera-log/tile/0/000.p/15")).isEqualTo(hashes.toByteArray());
    }

    @Test
    void growingTheLogOneLeafAtATimeRebuildsEveryTile() {
        for (int size = 0; size < 15; size++) {
            Map<Tile, byte[]> grown = TileBuilder.grow(size, List.of(Hashes.leafHash(leaves(15).get(size))), FILES);
            Tile tile = new Tile(0, 0, size + 1);
            assertThat(grown).containsOnlyKeys(tile);
            assertThat(grown.get(tile)).as("tile of size %d", size + 1).isEqualTo(FILES.readTile(tile));
        }
    }

    @Test
    void everyCheckpointSignatureVerifiesAndRootIsTheTreeHash() {
        CompactRange range = CompactRange.empty();
        for (int size = 0; size <= 15; size++) {
            Checkpoint checkpoint = Checkpoint.open(Vectors.bytes("tessera-log/checkpoint." + size), ORIGIN, LOG_KEY);
            assertThat(checkpoint.size()).isEqualTo(size);
            assertThat(checkpoint.root()).as("root of size %d", size).isEqualTo(range.root());
            if (size < 15) {
                range.append(Hashes.leafHash(leaves(15).get(size)));
            }
        }
    }

    @Test
    void latestCheckpointIsTheOneOfSizeFifteen() {
        assertThat(Vectors.bytes("tessera-log/checkpoint")).isEqualTo(Vectors.bytes("tessera-log/checkpoint.15"));
    }

    @Test
    void signingEveryCheckpointBodyReproducesTheStoredSignature() {
        NoteSigner signer = SignerKey.parse(NoteKeyTests.TESSERA_SKEY).signer();
        for (int size = 0; size <= 15; size++) {
            byte[] stored = Vectors.bytes("tessera-log/checkpoint." + size);
            Checkpoint checkpoint = Checkpoint.parse(Note.parse(stored).text());
            assertThat(checkpoint.sign(signer).encode()).as("checkpoint.%d", size).isEqualTo(stored);
        }
    }

    @Test
    void everyInclusionProofFromTilesVerifies() {
        int verified = 0;
        for (int size = 1; size <= 15; size++) {
            Checkpoint checkpoint = checkpoint(size);
            for (int index = 0; index < size; index++) {
                InclusionProof proof = InclusionProof.generate(index, size, new TileHashReader(size, FILES));
                byte[] leafHash = Hashes.leafHash(leaves(15).get(index));
                assertThatCode(() -> proof.verify(leafHash, checkpoint.root())).doesNotThrowAnyException();
                verified++;
            }
        }
        assertThat(verified).isEqualTo(120);
    }

    @Test
    void everyConsistencyProofFromTilesVerifies() {
        int verified = 0;
        for (int size2 = 1; size2 <= 15; size2++) {
            for (int size1 = 1; size1 <= size2; size1++) {
                ConsistencyProof proof = ConsistencyProof.generate(size1, size2, new TileHashReader(size2, FILES));
                byte[] root1 = checkpoint(size1).root();
                byte[] root2 = checkpoint(size2).root();
                assertThatCode(() -> proof.verify(root1, root2)).doesNotThrowAnyException();
                verified++;
            }
        }
        assertThat(verified).isEqualTo(120);
    }

    @Test
    void compactRangeRestoresFromTiles() {
        for (int size = 0; size <= 15; size++) {
            CompactRange range = CompactRange.restore(size, new TileHashReader(size, FILES));
            assertThat(range.root()).as("size %d", size).isEqualTo(checkpoint(size).root());
        }
    }

    @Test
    void receiptProvesAnEntryOffline() {
        InclusionProof proof = InclusionProof.generate(7, 15, new TileHashReader(15, FILES));
        TlogProof receipt = new TlogProof(new byte[0], 7, proof.hashes(), Vectors.bytes("tessera-log/checkpoint.15"));
        TlogProof parsed = TlogProof.parse(receipt.encode());
        assertThat(parsed.verify(ORIGIN, LOG_KEY, Hashes.leafHash("eit".getBytes(UTF_8))).size()).isEqualTo(15);
    }

    private static Checkpoint checkpoint(int size) {
        return Checkpoint.open(Vectors.bytes("tessera-log/checkpoint." + size), ORIGIN, LOG_KEY);
    }

    private static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        LEAVES.subList(0, count).forEach(leaf -> leaves.add(leaf.getBytes(UTF_8)));
        return leaves;
    }
}
