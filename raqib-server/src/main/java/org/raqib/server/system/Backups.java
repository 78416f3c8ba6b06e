package org.raqib.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ./raqib backup DIR} and {@code ./raqib restore DIR}: every module's {@link BackupPart}, in
 * order. A backup holds keys and need-to-know payloads, so its folder is readable by its owner only. A
 * restore goes into a fresh installation in one transaction: it applies whole or not at all.
 */
@Service
public class Backups {

	static final String MANIFEST = "raqib-backup.properties";

	private final List<BackupPart> parts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Backups(List<BackupPart> parts, TransactionTemplate transactions, Clock clock) {
		this.parts = parts.stream().sorted(Comparator.comparingInt(BackupPart::order)).toList();
		this.transactions = transactions;
		this.clock = clock;
	}

	public List<String> backup(Path dir) {
		try {
			if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
				throw new IllegalArgumentException(dir + " is not empty: a backup goes into a new folder");
			}
			Files.createDirectories(dir);
			OwnerOnly.directory(dir);
			this.transactions.executeWithoutResult(status -> this.parts.forEach(p -> p.backup(part(dir, p))));
			var manifest = new Properties();
			manifest.setProperty("format", "1");
			manifest.setProperty("created", this.clock.instant().toString());
			manifest.setProperty("parts", String.join(",", this.parts.stream().map(BackupPart::name).toList()));
			try (var out = Files.newBufferedWriter(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
				manifest.store(out, "Raqib backup: keys and need-to-know payloads inside; keep it safe");
			}
			return this.parts.stream().map(BackupPart::name).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the backup in " + dir, ex);
		}
	}

	public List<String> restore(Path dir) {
		if (!Files.exists(dir.resolve(MANIFEST))) {
			throw new IllegalArgumentException(dir + " is not a Raqib backup (no " + MANIFEST + ")");
		}
		List<BackupPart> notEmpty = this.parts.stream().filter(p -> !p.isEmpty()).toList();
		if (!notEmpty.isEmpty()) {
			throw new IllegalStateException("restore needs a fresh installation; these already hold data: "
					+ notEmpty.stream().map(BackupPart::name).toList());
		}
		this.transactions.executeWithoutResult(status -> this.parts.forEach(p -> p.restore(dir.resolve(p.name()))));
		return this.parts.stream().map(BackupPart::name).toList();
	}

	private static Path part(Path dir, BackupPart part) {
		try {
			return Files.createDirectories(dir.resolve(part.name()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


}
