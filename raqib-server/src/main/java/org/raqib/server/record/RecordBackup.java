package org.raqib.server.record;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.raqib.server.system.BackupPart;
import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.Tile;
import org.springframework.stereotype.Component;

/**
 * Each log as the backup keeps it: its identity, its keys, every entry (tlog-tiles entry bundles), each
 * entry's payload and who recorded it, and every checkpoint it signed. Restoring replays and verifies
 * the whole log ({@link LogRestore}).
 */
@Component
class RecordBackup implements BackupPart {

	static final int BUNDLE = Tile.FULL_WIDTH;

	private final Logs logs;

	private final EntryStore entries;

	private final LogKeys keys;

	private final LogRestore restore;

	RecordBackup(Logs logs, EntryStore entries, LogKeys keys, LogRestore restore) {
		this.logs = logs;
		this.entries = entries;
		this.keys = keys;
		this.restore = restore;
	}

	@Override
	public String name() {
		return "record";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public boolean isEmpty() {
		return this.logs.all().isEmpty();
	}

	@Override
	public void backup(Path dir) {
		for (LogInfo log : this.logs.all()) {
			Path logDir = dir.resolve(log.id());
			writeProperties(log, logDir.resolve("log.properties"));
			copyKeys(log.id(), logDir.resolve("keys"));
			long size = this.entries.size(log.id());
			for (long first = 0; first < size; first += BUNDLE) {
				List<StoredEntry> batch = this.entries.entries(log.id(), first, Math.min(size, first + BUNDLE));
				String name = Long.toString(first / BUNDLE);
				LogExport.write(logDir.resolve("entries").resolve(name),
						EntryBundle.encode(batch.stream().map(StoredEntry::leaf).toList()));
				LogExport.write(logDir.resolve("payloads").resolve(name), payloads(log.id(), batch));
			}
			var signedAt = new StringBuilder();
			for (StoredCheckpoint checkpoint : this.entries.checkpoints(log.id())) {
				LogExport.write(logDir.resolve("checkpoints").resolve(Long.toString(checkpoint.size())),
						checkpoint.note());
				signedAt.append(checkpoint.size()).append('=').append(checkpoint.signedAt()).append('\n');
			}
			LogExport.write(logDir.resolve("checkpoints-signed-at.properties"),
					signedAt.toString().getBytes(StandardCharsets.UTF_8));
		}
	}

	@Override
	public void restore(Path dir) {
		try (Stream<Path> logDirs = Files.list(dir)) {
			for (Path logDir : logDirs.sorted().toList()) {
				this.restore.restore(logDir);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the backup in " + dir, ex);
		}
	}

	/** Each entry's payload and recorder: a 4-byte length and the payload, a 2-byte length and the user name. */
	private byte[] payloads(String log, List<StoredEntry> batch) {
		var bytes = new ByteArrayOutputStream();
		try (var out = new DataOutputStream(bytes)) {
			for (StoredEntry entry : batch) {
				byte[] payload = this.entries.payload(log, entry.index()).orElseThrow();
				out.writeInt(payload.length);
				out.write(payload);
				out.writeUTF(entry.recordedBy());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** An entry's payload and who recorded it, as the backup keeps them beside the entry bundles. */
	record Payload(byte[] payload, String recordedBy) {
	}

	/** Reads back what {@link #payloads} wrote. */
	static List<Payload> readPayloads(byte[] file) {
		var result = new ArrayList<Payload>();
		try (var in = new DataInputStream(new java.io.ByteArrayInputStream(file))) {
			while (in.available() > 0) {
				byte[] payload = in.readNBytes(in.readInt());
				result.add(new Payload(payload, in.readUTF()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a payload file of the backup is truncated", ex);
		}
		return result;
	}

	private void copyKeys(String log, Path target) {
		Path source = this.keys.directory().resolve(log);
		try (Stream<Path> files = Files.list(source)) {
			Files.createDirectories(target);
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot copy the keys of " + log, ex);
		}
	}

	private static void writeProperties(LogInfo log, Path file) {
		var properties = new Properties();
		properties.setProperty("id", log.id());
		properties.setProperty("origin", log.origin());
		properties.setProperty("vkey", log.vkey());
		properties.setProperty("created-at", log.createdAt().toString());
		properties.setProperty("created-by", log.createdBy());
		var text = new java.io.StringWriter();
		try {
			properties.store(text, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		LogExport.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
	}

}
