package org.raqib.server.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.RaqibProperties;
import org.springframework.stereotype.Component;

/**
 * Photos and documents of reports, kept beside the record under their SHA-256 (content-addressed: the same file
 * twice is stored once, and a file read back is checked against the hash the payload holds). Only the types
 * below, recognised by their first bytes rather than by the name the sender gave, and at most 5 MB each.
 */
@Component
class Attachments {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final int MAX_FILES = 5;

	/** The media types allowed, each with the bytes its files begin with. */
	static final Map<String, byte[]> TYPES;

	static {
		var types = new LinkedHashMap<String, byte[]>();
		types.put("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
		types.put("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		types.put("application/pdf", new byte[] { '%', 'P', 'D', 'F' });
		TYPES = java.util.Collections.unmodifiableMap(types);
	}

	private final Path dir;

	Attachments(RaqibProperties properties) {
		this.dir = properties.dataDir().resolve("attachments");
	}

	/**
	 * Checks a file and stores it.
	 * @throws InvalidInput {@code incident.attachment.too-large} over 5 MB, {@code incident.attachment.type}
	 * for a file that is none of the allowed types.
	 */
	IncidentReport.Attachment store(String field, String name, byte[] bytes) {
		IncidentReport.Attachment attachment = check(field, name, bytes);
		Path target = this.dir.resolve(attachment.sha256());
		try {
			if (!Files.exists(target)) {
				Files.createDirectories(this.dir);
				Path partial = Files.createTempFile(this.dir, "incoming", ".part");
				Files.write(partial, bytes);
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return attachment;
	}

	/** The checks of {@link #store} without storing. */
	static IncidentReport.Attachment check(String field, String name, byte[] bytes) {
		if (bytes.length == 0 || bytes.length > MAX_BYTES) {
			throw InvalidInput.of(field, "incident.attachment.too-large", name, MAX_BYTES / (1024 * 1024));
		}
		String type = TYPES.entrySet().stream().filter(t -> startsWith(bytes, t.getValue())).map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> InvalidInput.of(field, "incident.attachment.type", name, String.join(", ", TYPES.keySet())));
		String clean = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		return new IncidentReport.Attachment(sha256(bytes), type, bytes.length,
				clean.length() > 100 ? clean.substring(0, 100) : clean);
	}

	/** The stored file, if it is here and still matches its hash. */
	Optional<byte[]> read(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		Path file = this.dir.resolve(sha256);
		try {
			if (!Files.exists(file)) {
				return Optional.empty();
			}
			byte[] bytes = Files.readAllBytes(file);
			return sha256(bytes).equals(sha256) ? Optional.of(bytes) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
