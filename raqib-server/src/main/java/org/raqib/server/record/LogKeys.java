package org.raqib.server.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.raqib.server.system.OwnerOnly;
import org.raqib.server.system.RaqibProperties;
import org.raqib.tlog.SignerKey;
import org.springframework.stereotype.Component;

/**
 * The private keys the server holds: each log's key and the custodial key of each party, one file per
 * key in the key directory ({@code <log>/log.key}, {@code <log>/<party>.custodial.key}), readable by the
 * server's user only. Keys never enter the database, the log or the application's output.
 */
@Component
public class LogKeys {

	private static final String CUSTODIAL_SUFFIX = ".custodial.key";

	private final Path dir;

	private final SecureRandom random = new SecureRandom();

	private final ConcurrentHashMap<Path, SignerKey> loaded = new ConcurrentHashMap<>();

	LogKeys(RaqibProperties properties) {
		this.dir = properties.keys();
	}

	public Path directory() {
		return this.dir;
	}

	SignerKey createLogKey(String log, String origin) {
		return create(this.dir.resolve(log).resolve("log.key"), origin);
	}

	SignerKey createCustodialKey(String log, String party) {
		return create(custodialFile(log, party), party + "/custodial");
	}

	SignerKey logKey(String log) {
		return read(this.dir.resolve(log).resolve("log.key"))
			.orElseThrow(() -> new IllegalStateException("the key of log " + log + " is missing from " + this.dir));
	}

	Optional<SignerKey> custodialKey(String log, String party) {
		return read(custodialFile(log, party));
	}

	/** Puts a backup's keys of a log into the key directory; keys already there must be the same. */
	void importKeys(String log, Path from, String logVkey) {
		try (var files = Files.list(from)) {
			for (Path file : files.toList()) {
				SignerKey key = SignerKey.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
				Path target = this.dir.resolve(log).resolve(file.getFileName().toString());
				Optional<SignerKey> present = read(target);
				if (present.isPresent() && !present.get().encode().equals(key.encode())) {
					throw new IllegalStateException("the key directory already holds another " + target.getFileName());
				}
				if (present.isEmpty()) {
					store(target, key);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot import the keys of " + log, ex);
		}
		if (!logKey(log).verifierKey().encode().equals(logVkey)) {
			throw new IllegalStateException("the backup's log key of " + log + " does not match its vkey");
		}
	}

	private Path custodialFile(String log, String party) {
		return this.dir.resolve(log).resolve(party + CUSTODIAL_SUFFIX);
	}

	private SignerKey create(Path file, String name) {
		return store(file, SignerKey.generate(name, this.random));
	}

	private SignerKey store(Path file, SignerKey key) {
		try {
			Files.createDirectories(file.getParent());
			OwnerOnly.directory(this.dir);
			OwnerOnly.directory(file.getParent());
			Files.writeString(file, key.encode() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
			OwnerOnly.file(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write a key in " + file.getParent(), ex);
		}
		this.loaded.put(file, key);
		return key;
	}

	private Optional<SignerKey> read(Path file) {
		SignerKey cached = this.loaded.get(file);
		if (cached != null) {
			return Optional.of(cached);
		}
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			SignerKey key = SignerKey.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
			this.loaded.put(file, key);
			return Optional.of(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the key " + file.getFileName(), ex);
		}
	}


}
