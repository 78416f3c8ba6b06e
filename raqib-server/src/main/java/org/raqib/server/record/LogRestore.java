package org.raqib.server.record;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.CompactRange;
import org.raqib.tlog.Entry;
import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.EntryVerifier;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Roster;
import org.raqib.tlog.SignedEntry;
import org.raqib.tlog.TileBuilder;
import org.raqib.tlog.TileHashReader;
import org.raqib.tlog.VerifierKey;
import org.raqib.tlog.Verifiers;
import org.springframework.stereotype.Component;

/**
 * Restores one log from a backup, checking it as a party's verifier would: every entry strictly valid for
 * the roster in force, sequence numbers without gaps, payloads matching their hashes, and every signed
 * checkpoint matching the rebuilt tree. Projections are rebuilt by replaying each entry.
 */
@Component
class LogRestore {

	private final Logs logs;

	private final LogKeys keys;

	private final EntryStore entries;

	private final TileStore tiles;

	private final Projections projections;

	private final KindRegistry kinds;

	LogRestore(Logs logs, LogKeys keys, EntryStore entries, TileStore tiles, Projections projections,
			KindRegistry kinds) {
		this.logs = logs;
		this.keys = keys;
		this.entries = entries;
		this.tiles = tiles;
		this.projections = projections;
		this.kinds = kinds;
	}

	void restore(Path dir) {
		Properties log = properties(dir.resolve("log.properties"));
		String id = log.getProperty("id");
		String origin = log.getProperty("origin");
		this.keys.importKeys(id, dir.resolve("keys"), log.getProperty("vkey"));
		this.logs.insert(id, origin, log.getProperty("vkey"), Instant.parse(log.getProperty("created-at")),
				log.getProperty("created-by"));
		long size = replay(id, dir);
		Verifiers logKey = Verifiers.of(VerifierKey.parse(log.getProperty("vkey")).verifier());
		Properties signedAt = properties(dir.resolve("checkpoints-signed-at.properties"));
		for (Path file : files(dir.resolve("checkpoints"))) {
			Checkpoint checkpoint = Checkpoint.open(read(file), origin, logKey);
			byte[] root = CompactRange.restore(checkpoint.size(), new TileHashReader(size, this.tiles.reader(id))).root();
			if (checkpoint.size() > size || !Arrays.equals(root, checkpoint.root())) {
				throw new IllegalStateException(id + ": checkpoint " + checkpoint.size() + " does not match the entries");
			}
			this.entries.insertCheckpoint(id, new StoredCheckpoint(checkpoint.size(), checkpoint.root(), read(file),
					Instant.parse(signedAt.getProperty(Long.toString(checkpoint.size())))));
		}
	}

	private long replay(String log, Path dir) {
		Roster roster = null;
		Map<String, Long> seqs = new HashMap<>();
		long index = 0;
		for (long bundle = 0; Files.exists(dir.resolve("entries").resolve(Long.toString(bundle))); bundle++) {
			List<byte[]> leaves = EntryBundle.decode(read(dir.resolve("entries").resolve(Long.toString(bundle))));
			var payloads = RecordBackup.readPayloads(read(dir.resolve("payloads").resolve(Long.toString(bundle))));
			long first = index;
			for (int i = 0; i < leaves.size(); i++, index++) {
				roster = restoreEntry(log, index, leaves.get(i), payloads.get(i), roster, seqs);
			}
			var hashes = leaves.stream().map(Hashes::leafHash).toList();
			var grown = TileBuilder.grow(first, hashes, this.tiles.reader(log));
			grown.forEach((tile, bytes) -> {
				if (!tile.isPartial()) {
					this.entries.insertTile(log, tile.level(), tile.index(), bytes);
				}
			});
			this.tiles.remember(log, grown);
		}
		return index;
	}

	private Roster restoreEntry(String log, long index, byte[] leaf, RecordBackup.Payload payload, Roster roster,
			Map<String, Long> seqs) {
		SignedEntry signed = SignedEntry.parse(leaf);
		Entry entry = signed.entry();
		boolean isRoster = entry.kind().equals(EntryKinds.ROSTER.name());
		Roster inForce = roster != null ? roster
				: isRoster ? Roster.parse(new String(payload.payload(), StandardCharsets.UTF_8)) : null;
		if (inForce == null || !Arrays.equals(Hashes.sha256(payload.payload()), entry.payloadSha256())
				|| entry.seq() != seqs.getOrDefault(entry.party(), 0L) + 1) {
			throw new IllegalStateException(log + ": entry " + index + " is not the one the log signed");
		}
		new EntryVerifier(inForce, this.kinds.entryKinds()).verify(index, signed);
		var stored = new StoredEntry(index, leaf, signed.leafHash(), entry.kind(), entry.party(), entry.seq(),
				entry.time(), payload.recordedBy());
		this.entries.insertEntry(log, stored, payload.payload());
		this.projections.project(Projections.recorded(log, stored, payload.payload()));
		seqs.put(entry.party(), entry.seq());
		return isRoster ? Roster.parse(new String(payload.payload(), StandardCharsets.UTF_8)) : inForce;
	}

	private static List<Path> files(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted((a, b) -> Long.compare(Long.parseLong(a.getFileName().toString()),
					Long.parseLong(b.getFileName().toString()))).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties properties(Path file) {
		var properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the backup has no readable " + file, ex);
		}
		return properties;
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
