package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every status, figure label and reason the engine gives has its text in English and Arabic, with the same arguments. */
class ComplianceTextsTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

	static List<String> keys() {
		var keys = new ArrayList<String>();
		for (Status status : Status.values()) {
			keys.add("compliance.status." + status.name());
		}
		for (String label : List.of(Judgement.DAY, Judgement.PARTIAL_DAY, Judgement.TODAY, Judgement.RUNNING_TOTAL,
				Judgement.TOTAL, Judgement.CUMULATIVE)) {
			keys.add("compliance.figure." + label);
		}
		for (Reason reason : Reason.values()) {
			keys.add(reason.key());
		}
		return keys;
	}

	@Test
	void everyTextExistsInBothLanguagesWithTheSameArguments() throws IOException {
		Properties english = bundle("messages.properties");
		Properties arabic = bundle("messages_ar.properties");
		for (String key : keys()) {
			assertThat(english.getProperty(key)).as(key).isNotBlank();
			assertThat(arabic.getProperty(key)).as(key).isNotBlank();
			assertThat(arguments(arabic.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
		}
	}

	private static TreeSet<String> arguments(String text) {
		var found = new TreeSet<String>();
		Matcher matcher = ARGUMENT.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = ComplianceTextsTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
