package org.raqib.server.person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.raqib.server.system.OwnerOnly;
import org.jspecify.annotations.Nullable;
import org.raqib.server.system.RaqibProperties;
import org.raqib.server.system.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The key that encrypts personal data, from {@code raqib.person.key} or {@code raqib.person.key-file}, or
 * in demo mode generated once into the key directory. Without one the server runs and every personal-data
 * operation is refused ({@code NO_PERSONAL_DATA_KEY}).
 */
@Component
class PersonKey {

	static final String DEMO_FILE = "person-data.key";

	static final String PROPERTIES = "raqib.person.key (RAQIB_PERSON_KEY) or raqib.person.key-file (RAQIB_PERSON_KEY_FILE)";

	private static final Logger log = LoggerFactory.getLogger(PersonKey.class);

	private final @Nullable SecretKey key;

	private final String id;

	PersonKey(PersonProperties person, RaqibProperties raqib) {
		this.key = resolve(person, raqib);
		this.id = this.key == null ? "" : idOf(this.key.getEncoded());
		if (this.key == null && !raqib.command()) {
			log.warn("No personal-data key is configured: set {} to store and read persons", PROPERTIES);
		}
	}

	/** The key, or a refusal naming the properties that provide one. */
	SecretKey require() {
		if (this.key == null) {
			throw new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "NO_PERSONAL_DATA_KEY",
					"no personal-data key is configured: set " + PROPERTIES);
		}
		return this.key;
	}

	boolean available() {
		return this.key != null;
	}

	/** The first 8 hex digits of SHA-256 of the key, stored beside each person to detect a wrong key. */
	String id() {
		return this.id;
	}

	static @Nullable SecretKey resolve(PersonProperties person, RaqibProperties raqib) {
		if (person.key() != null) {
			return decode(person.key(), "raqib.person.key");
		}
		if (person.keyFile() != null) {
			Path file = Path.of(person.keyFile()).toAbsolutePath().normalize();
			if (!raqib.demo() && file.startsWith(raqib.dataDir())) {
				throw new IllegalStateException("raqib.person.key-file (RAQIB_PERSON_KEY_FILE) must not be inside the data"
						+ " directory " + raqib.dataDir() + ": backups of the data would then carry the key");
			}
			return decode(read(file), "raqib.person.key-file");
		}
		return raqib.demo() ? demoKey(raqib.keys().resolve(DEMO_FILE)) : null;
	}

	private static SecretKey decode(String base64, String property) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(property + " is not base64");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(property + " must be base64 of 32 bytes (AES-256), not " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	private static SecretKey demoKey(Path file) {
		if (!Files.exists(file)) {
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			write(file, Base64.getEncoder().encodeToString(bytes));
		}
		return decode(read(file), "the demo key " + file);
	}

	private static void write(Path file, String base64) {
		try {
			Files.createDirectories(file.getParent());
			Files.createFile(file);
			OwnerOnly.file(file);
			Files.writeString(file, base64 + "\n", StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the personal-data key " + file, ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the personal-data key file " + file, ex);
		}
	}

	static String idOf(byte[] key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
