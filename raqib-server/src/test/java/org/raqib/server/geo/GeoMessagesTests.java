package org.raqib.server.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every problem the module can report has its text in English and in Arabic, with the same arguments. */
class GeoMessagesTests {

	static final Pattern CODE = Pattern.compile("\"(geo\\.error\\.[a-z0-9.-]*[a-z0-9])\"");

	static final Pattern ARGUMENT = Pattern.compile("\\{\\d\\}");

	@Test
	void everyCodeHasEnglishAndArabicTextWithTheSameArguments() throws IOException {
		Properties english = bundle("messages.properties");
		Properties arabic = bundle("messages_ar.properties");
		Set<String> codes = codesUsed();

		assertThat(codes).hasSizeGreaterThan(30);
		for (String code : codes) {
			assertThat(english.getProperty(code)).as("English text for %s", code).isNotBlank();
			assertThat(arabic.getProperty(code)).as("Arabic text for %s", code).isNotBlank();
			assertThat(arguments(arabic.getProperty(code))).as("arguments of %s", code)
				.isEqualTo(arguments(english.getProperty(code)));
		}
	}

	static Set<String> codesUsed() throws IOException {
		var codes = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/raqib/server/geo"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		return codes;
	}

	static Set<String> arguments(String text) {
		var found = new TreeSet<String>();
		ARGUMENT.matcher(text).results().forEach(r -> found.add(r.group()));
		return found;
	}

	static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = GeoMessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
