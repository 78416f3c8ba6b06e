package org.raqib.server.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Keys, demo logins and backups are readable by the server's own user only. On a file system without POSIX
 * permissions the enclosing directory's protection is all there is, and that is said in the README.
 */
public final class OwnerOnly {

	private OwnerOnly() {
	}

	/** {@code rw-------}. */
	public static void file(Path file) throws IOException {
		set(file, "rw-------");
	}

	/** {@code rwx------}. */
	public static void directory(Path dir) throws IOException {
		set(dir, "rwx------");
	}

	private static void set(Path path, String permissions) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
	}

}
