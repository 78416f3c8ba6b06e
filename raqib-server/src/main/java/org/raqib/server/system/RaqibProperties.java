package org.raqib.server.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Raqib's own settings ({@code raqib.*}).
 *
 * @param dataDir where the embedded database, keys and demo logins live.
 * @param keyDir where log and custodial keys live; empty for {@code keys} inside the data directory.
 * @param origin the host-like prefix of every log's origin, such as {@code raqib.example.org}.
 * @param demo whether to create demo parties and users at start.
 * @param locales the interface languages, the first being the default.
 * @param adminPassword the first administrator's password; generated and printed once when empty.
 * @param command true when a command runs instead of the server.
 * @param login lock-out after repeated failed logins.
 */
@ConfigurationProperties("raqib")
public record RaqibProperties(Path dataDir, String keyDir, String origin, boolean demo, List<Locale> locales, String adminPassword,
		boolean command, Login login) {

	public RaqibProperties {
		dataDir = (dataDir == null ? Path.of("raqib-data") : dataDir).toAbsolutePath().normalize();
		locales = (locales == null || locales.isEmpty()) ? List.of(Locale.ENGLISH) : List.copyOf(locales);
		adminPassword = adminPassword == null ? "" : adminPassword;
		keyDir = keyDir == null ? "" : keyDir;
		origin = origin == null || origin.isBlank() ? "raqib.local" : origin;
		login = login == null ? new Login(5, 15) : login;
	}

	/** The key directory: shared by every node of one installation, never inside a backup of the database. */
	public Path keys() {
		return this.keyDir.isBlank() ? this.dataDir.resolve("keys") : Path.of(this.keyDir).toAbsolutePath().normalize();
	}

	/**
	 * @param maxFailures failed attempts allowed for one user name before it is locked.
	 * @param lockMinutes how long the lock lasts, and the window in which failures are counted.
	 */
	public record Login(int maxFailures, int lockMinutes) {
	}

}
