package org.raqib.server.system;

import java.nio.file.Path;

import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./raqib backup DIR} and {@code ./raqib restore DIR}. */
final class BackupCommands {

	private BackupCommands() {
	}

	@Command(name = "backup", mixinStandardHelpOptions = true,
			description = "Save the logs, payloads, keys, users and every module's store into a new folder.")
	static class Backup implements RaqibCommand {

		@Parameters(index = "0", description = "a new (or empty) folder")
		Path dir;

		@Override
		public int run(ApplicationContext context) {
			var parts = context.getBean(Backups.class).backup(this.dir);
			System.out.println("Backed up " + parts + " to " + this.dir.toAbsolutePath());
			System.out.println("The folder holds keys and need-to-know payloads: keep it as safe as the server.");
			return 0;
		}

	}

	@Command(name = "restore", mixinStandardHelpOptions = true,
			description = "Restore a backup into a fresh installation; every log is verified as it is restored.")
	static class Restore implements RaqibCommand {

		@Parameters(index = "0", description = "a folder written by backup")
		Path dir;

		@Override
		public int run(ApplicationContext context) {
			var parts = context.getBean(Backups.class).restore(this.dir);
			System.out.println("Restored " + parts + " from " + this.dir.toAbsolutePath());
			return 0;
		}

	}

}
