package org.raqib.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./raqib create-user}, {@code load-agreement} and {@code purge}, run in this JVM against an embedded database of its own. */
class CommandLineTests {

	@TempDir
	Path dataDir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	PrintStream originalOut;

	PrintStream originalErr;

	@BeforeEach
	void capture() {
		this.originalOut = System.out;
		this.originalErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
	}

	@Test
	void createUserCreatesAUserAndPrintsItsGeneratedPassword() {
		int code = Launcher.launch(new String[] { "create-user", "--username", "amal", "--role", "MEDIATOR",
				"--agreement", "gaza-2025", "--raqib.data-dir=" + this.dataDir });
		assertThat(code).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Created user amal")
			.containsPattern("Password \\(shown once\\): \\S{20,}");
	}

	@Test
	void createUserRefusesInvalidInputNamingTheOption() {
		int code = Launcher.launch(new String[] { "create-user", "--username", "Not Valid", "--role", "MONITOR",
				"--raqib.data-dir=" + this.dataDir });
		assertThat(code).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--username: Use 3 to 64");
	}

	@Test
	void loadAgreementNamesEveryProblemWithItsLineAndRecordsNothing() throws Exception {
		Path file = this.dataDir.resolve("bad.yaml");
		java.nio.file.Files.writeString(file, """
				raqib: agreement/v1
				id: Bad Id
				name: {en: Bad, ar: سيئ}
				signed: 2025-13-01
				time_zone: Mars/Olympus
				entry_into_force: 2025-01-19T08:30
				status: in-force
				parties:
				  - {party: egypt, roles: [mediator]}
				provisions: []
				""");
		int code = Launcher.launch(new String[] { "load-agreement", file.toString(), "--raqib.data-dir=" + this.dataDir });
		assertThat(code).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("line 2, column 5 (id): An agreement identifier has 2 to 100")
			.contains("line 4, column 9 (signed): Not a date (YYYY-MM-DD): 2025-13-01")
			.contains("line 5, column 12 (time_zone): Unknown time zone Mars/Olympus")
			.contains("(parties[0].party): No party has the code egypt");
	}

	@Test
	void purgeReportsWhatItPurgedAndNeedsNoKey() {
		int code = Launcher.launch(new String[] { "purge", "--today", "2030-01-01", "--raqib.data-dir=" + this.dataDir });
		assertThat(code).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("Purged 0 persons in 0 lists, retained until before 2030-01-01");
	}

	@Test
	void purgeDryRunSaysWhatItWouldPurge() {
		int code = Launcher.launch(new String[] { "purge", "--dry-run", "--raqib.data-dir=" + this.dataDir });
		assertThat(code).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Would purge 0 persons");
	}

	@Test
	void purgeRefusesABadDayNamingTheOption() {
		int code = Launcher.launch(new String[] { "purge", "--today", "2030-13-01", "--raqib.data-dir=" + this.dataDir });
		assertThat(code).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--today: not a date");
	}

}
