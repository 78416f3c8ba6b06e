package org.raqib.server.osint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code ./raqib ingest}: a folder read file by file with a progress bar, a summary, unreadable files named. */
@ContextTest
class IngestCommandTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	OsintFixtures fixtures;

	@TempDir
	Path folder;

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
	void readsAFolderWithAProgressBarAndASummary() throws Exception {
		String id = this.fixtures.room().id();
		Files.write(this.folder.resolve("a.jsonl"), OsintFixtures.article("wafa", "دخول شاحنات",
				"دخلت 240 شاحنة مساعدات إلى غزة.", "2025-02-01T08:00:00Z", "ar"));
		Files.write(this.folder.resolve("b.jsonl"), OsintFixtures.article("Wire", "Trucks enter",
				"240 aid trucks entered Gaza.", "2025-02-01T09:00:00Z", "en"));
		Files.writeString(this.folder.resolve("c.jsonl"), "{\"body\": \"no title\"}\n");
		var command = new IngestCommand();
		command.input = this.folder.toString();
		command.agreement = id;

		int code = command.run(this.context);

		assertThat(code).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("[" + "#".repeat(30) + "] 3/3 files, 2 new articles")
			.contains("c.jsonl: Cannot read c.jsonl at line 1");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains(id + ": 2 articles read, 2 new, 0 already known, "
				+ "2 claims found; 2 claims wait for review; 1 files could not be read");
	}

	@Test
	void anUnknownAgreementIsRefused() throws Exception {
		var command = new IngestCommand();
		command.input = this.folder.toString();
		command.agreement = "no-such-agreement";
		assertThat(command.run(this.context)).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no agreement no-such-agreement is recorded");
	}

}
