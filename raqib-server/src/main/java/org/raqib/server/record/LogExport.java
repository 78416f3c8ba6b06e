package org.raqib.server.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.raqib.server.system.NotFound;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.Tile;
import org.springframework.stereotype.Service;

/**
 * Writes a log's public layout as static files: the tlog-tiles checkpoint, hash tiles and entry
 * bundles, and the rosters, exactly as {@code /log/<log>/} serves them. Any web server can publish the
 * folder, and {@code raqib-verify} checks it as it checks the server. The checkpoint is written last, so a
 * folder with a checkpoint is complete for that checkpoint.
 */
@Service
public class LogExport {

	private final LogReader reader;

	private final EntryStore entries;

	LogExport(LogReader reader, EntryStore entries) {
		this.reader = reader;
		this.entries = entries;
	}

	/** @return the size of the exported checkpoint. */
	public long export(String log, Path dir) {
		byte[] checkpoint = this.reader.checkpoint(log);
		long size = this.entries.latestCheckpoint(log).orElseThrow(() -> new NotFound("checkpoint")).size();
		for (Tile tile : Tile.tiles(size)) {
			write(dir.resolve(tile.path()), this.reader.tile(log, tile));
			if (tile.level() == 0) {
				write(dir.resolve(tile.entriesPath()), this.reader.entryBundle(log, tile));
			}
		}
		for (long index = 0; index < size; index += 1000) {
			for (StoredEntry entry : this.entries.entries(log, index, Math.min(size, index + 1000))) {
				if (entry.kind().equals(EntryKinds.ROSTER.name())) {
					write(dir.resolve("roster").resolve(Long.toString(entry.index())), this.reader.roster(log, entry.index()));
				}
			}
		}
		write(dir.resolve("checkpoint"), checkpoint);
		return size;
	}

	static void write(Path file, byte[] content) {
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

}
