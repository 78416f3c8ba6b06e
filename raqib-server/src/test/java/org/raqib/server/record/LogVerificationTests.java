package org.raqib.server.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.CompactRange;
import org.raqib.tlog.ConsistencyProof;
import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.EntryVerifier;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.InclusionProof;
import org.raqib.tlog.Roster;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileHashReader;
import org.raqib.tlog.TlogProof;
import org.raqib.tlog.VerifierKey;
import org.raqib.tlog.Verifiers;
import org.springframework.beans.factory.annotation.Autowired;

/** What the server serves is a log a party's verifier accepts: tiles, entries, checkpoints, receipts. */
@ContextTest
class LogVerificationTests {

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	Appending appending;

	@Autowired
	LogReader reader;

	@Autowired
	Sequencing sequencing;

	@Test
	void theServedLogVerifiesWithTheLibraryAlone() {
		LogInfo log = this.fixtures.log();
		for (int i = 0; i < 300; i++) {
			this.appending.append(log.id(), StatementKind.NAME, i % 2 == 0 ? "side-a" : "side-b", "tester",
					new StatementText(null, "Statement " + i, "2025-01-19T06:30:00Z", null).payload(), List.of());
		}
		byte[] receipt = this.reader.receipt(log.id(), 300, Duration.ofSeconds(10));
		Verifiers logKey = Verifiers.of(VerifierKey.parse(log.vkey()).verifier());
		Checkpoint checkpoint = Checkpoint.open(this.reader.checkpoint(log.id()), log.origin(), logKey);
		assertThat(checkpoint.size()).isEqualTo(301);

		var leaves = new ArrayList<byte[]>();
		for (Tile tile : Tile.tiles(checkpoint.size())) {
			if (tile.level() == 0) {
				leaves.addAll(EntryBundle.decode(this.reader.entryBundle(log.id(), tile)));
			}
		}
		CompactRange range = CompactRange.empty();
		leaves.forEach(leaf -> range.append(Hashes.leafHash(leaf)));
		assertThat(range.root()).isEqualTo(checkpoint.root());
		var fromTiles = new TileHashReader(checkpoint.size(), tile -> this.reader.tile(log.id(), tile));
		assertThat(CompactRange.restore(checkpoint.size(), fromTiles).root()).isEqualTo(checkpoint.root());

		Roster roster = Roster.parse(new String(this.reader.payload(log.id(), 0, null).orElseThrow(),
				StandardCharsets.UTF_8));
		var verifier = new EntryVerifier(roster, this.reader.kinds());
		for (int i = 0; i < leaves.size(); i++) {
			verifier.verify(i, leaves.get(i));
		}
		TlogProof.parse(receipt).verify(log.origin(), logKey, Hashes.leafHash(leaves.get(300)));
	}

	@Test
	void proofsFromTheApiVerifyAgainstSignedCheckpoints() {
		LogInfo log = this.fixtures.log();
		this.appending.append(log.id(), StatementKind.NAME, "side-a", "tester",
				new StatementText("بيان", null, "2025-01-19T06:30:00Z", null).payload(), List.of());
		byte[] first = this.reader.receipt(log.id(), 1, Duration.ofSeconds(10));
		Verifiers logKey = Verifiers.of(VerifierKey.parse(log.vkey()).verifier());
		Checkpoint older = Checkpoint.open(TlogProof.parse(first).checkpoint(), log.origin(), logKey);
		for (int i = 0; i < 20; i++) {
			this.appending.append(log.id(), StatementKind.NAME, "side-b", "tester",
					new StatementText(null, "More " + i, "2025-01-20T06:30:00Z", null).payload(), List.of());
		}
		this.reader.receipt(log.id(), 21, Duration.ofSeconds(10));
		Checkpoint newer = Checkpoint.open(this.reader.checkpoint(log.id()), log.origin(), logKey);
		ConsistencyProof consistency = this.reader.consistency(log.id(), older.size(), newer.size());
		consistency.verify(older.root(), newer.root());
		InclusionProof inclusion = this.reader.inclusion(log.id(), 5, newer.size());
		inclusion.verify(this.reader.entry(log.id(), 5).leafHash(), newer.root());
	}

}
