package org.raqib.server.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.tlog.EntryKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind a module registers has its name in every language: the log and entry pages label entries by
 * {@code kind.<name>}, a key built from the kind that the translation test cannot see.
 */
@ContextTest
class KindLabelsTests {

	@Autowired
	KindRegistry registry;

	@Test
	void everyRegisteredKindHasALabelInEveryLanguage() throws IOException {
		List<String> keys = this.registry.entryKinds().all().stream()
			.map(EntryKind::name)
			.filter(name -> !VerifierKindsTests.TEST_KINDS.contains(name))
			.map(name -> "kind." + name)
			.toList();
		for (String bundle : List.of("messages.properties", "messages_ar.properties")) {
			var messages = new Properties();
			try (var in = new InputStreamReader(getClass().getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
				messages.load(in);
			}
			assertThat(messages.stringPropertyNames()).as(bundle).containsAll(keys);
		}
	}

}
