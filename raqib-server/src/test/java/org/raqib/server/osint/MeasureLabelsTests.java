package org.raqib.server.osint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every measure the text module can give a claim has its name in both languages: the news pages show them
 * as facets and on claims (a missing one showed as {@code ??osint.measure.trucks-rejected_ar??}).
 */
class MeasureLabelsTests {

	/** The measures {@code MeasureRules} gives by rule rather than from {@code measures.tsv}. */
	static final List<String> BY_RULE = List.of("trucks-rejected", "fuel-trucks", "patients", "killed", "injured");

	@Test
	void everyMeasureOfTheTextModuleIsNamedInEveryLanguage() throws IOException {
		List<String> measures = new ArrayList<>(BY_RULE);
		try (InputStream in = getClass().getResourceAsStream("/org/raqib/text/measures.tsv")) {
			assertThat(in).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.split("\t");
				if (!line.startsWith("#") && cells.length > 1 && !cells[1].strip().equals("-")) {
					measures.add(cells[1].strip());
				}
			}
		}
		for (String bundle : List.of("/messages.properties", "/messages_ar.properties")) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream(bundle)) {
				messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(measures).as(bundle.toLowerCase(Locale.ROOT))
				.allSatisfy(m -> assertThat(messages).containsKey("osint.measure." + m));
		}
	}

}
