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

/** {@code ./raqib create-user}, run in this JVM against an embedded database of its own. */
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

}
