package org.raqib.server.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.tlog.EntryKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The verifier the parties run knows every kind the server records, with the same co-signers: a kind
 * added to the server without its line in {@code raqib-verify}'s {@code kinds.txt} fails here, not at a
 * party's audit.
 */
@ContextTest
class VerifierKindsTests {

	/** Kinds that exist only in tests. */
	static final List<String> TEST_KINDS = List.of(ProbeKind.NAME);

	@Autowired
	KindRegistry registry;

	@Test
	void theVerifierShipsEveryKindTheServerRecords() throws IOException {
		List<String> server = this.registry.entryKinds().all().stream()
			.filter(k -> !TEST_KINDS.contains(k.name()))
			.map(VerifierKindsTests::line)
			.toList();
		assertThat(shipped()).containsExactlyInAnyOrderElementsOf(server);
	}

	private static String line(EntryKind kind) {
		return (kind.name() + " " + String.join(" ", kind.cosignerRoles().stream().sorted().toList())).strip();
	}

	private static List<String> shipped() throws IOException {
		try (InputStream in = VerifierKindsTests.class.getResourceAsStream("/org/raqib/verify/kinds.txt")) {
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> String.join(" ", l.split("\\s+")))
				.toList();
		}
	}

}
