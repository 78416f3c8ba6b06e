package org.raqib.server.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's personal data as its list exports give it to a mediator, and a search of any answer for it:
 * full names and dates of birth anywhere in the text, ID numbers as whole numbers, and the parts of the
 * names (longer than 3 characters) as whole words, unless the application's own texts use the word too
 * ("عودة" is a family name and the word for "back").
 */
final class DemoPersonalData {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'-]+");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Set<String> phrases = new HashSet<>();

	private final Set<String> numbers = new HashSet<>();

	private final Set<String> words = new HashSet<>();

	private final Set<String> commonWords = applicationWords();

	private final Set<String> skippedWords = new TreeSet<>();

	private int persons;

	/** Adds the persons of a list exported as CSV (the import's columns, headed by their codes). */
	void addCsv(String csv) {
		try {
			var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
			for (CSVRecord row : format.parse(new StringReader(csv.replace("\uFEFF", "")))) {
				this.persons++;
				for (String name : List.of(row.get("name-ar"), row.get("name-latin"), row.get("name-he"))) {
					addName(name);
				}
				add(this.numbers, row.get("id-number"));
				add(this.phrases, row.get("date-of-birth"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Adds the persons of the second list of a reconciliation exported as CSV: the intermediary's copies of
	 * the demo's lists, whose spellings and added persons no list export gives.
	 */
	void addReconciliationCsv(String csv) {
		try {
			var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
			for (CSVRecord row : format.parse(new StringReader(csv.replace("\uFEFF", "")))) {
				if (!row.get("right_ref").isBlank()) {
					this.persons++;
				}
				for (String name : List.of(row.get("right_name_ar"), row.get("right_name_latin"), row.get("right_name_he"))) {
					addName(name.startsWith("'") ? name.substring(1) : name);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void addName(String name) {
		add(this.phrases, name);
		for (String part : name.split("\\s+")) {
			if (part.codePointCount(0, part.length()) <= 3) {
				continue;
			}
			if (this.commonWords.contains(part)) {
				this.skippedWords.add(part);
			}
			else {
				this.words.add(part);
			}
		}
	}

	private static void add(Set<String> set, String value) {
		if (!value.isBlank()) {
			set.add(value.strip());
		}
	}

	int persons() {
		return this.persons;
	}

	int strings() {
		return this.phrases.size() + this.numbers.size() + this.words.size();
	}

	/** The name parts not searched for, because the application's texts use them as words. */
	Set<String> skippedWords() {
		return this.skippedWords;
	}

	/** Every piece of personal data the text holds; a JSON text is also read with its escapes undone. */
	List<String> foundIn(String text) {
		var found = new TreeSet<String>();
		String searched = text + "\n" + jsonStrings(text);
		for (String phrase : this.phrases) {
			if (searched.contains(phrase)) {
				found.add(phrase);
			}
		}
		collect(NUMBER.matcher(searched), this.numbers, found);
		collect(WORD.matcher(searched), this.words, found);
		return new ArrayList<>(found);
	}

	private static void collect(Matcher tokens, Set<String> wanted, Set<String> found) {
		while (tokens.find()) {
			if (wanted.contains(tokens.group())) {
				found.add(tokens.group());
			}
		}
	}

	private static String jsonStrings(String text) {
		String start = text.stripLeading();
		if (!start.startsWith("{") && !start.startsWith("[")) {
			return "";
		}
		try {
			var values = new StringBuilder();
			collect(JSON.readTree(text), values);
			return values.toString();
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	private static void collect(JsonNode node, StringBuilder values) {
		if (node.isString()) {
			values.append(node.asString()).append('\n');
		}
		for (JsonNode child : node) {
			collect(child, values);
		}
		node.propertyNames().forEach(name -> values.append(name).append('\n'));
	}

	/** The words of the application's messages, templates and demo agreements: its own vocabulary. */
	private static Set<String> applicationWords() {
		var words = new HashSet<String>();
		try (Stream<Path> files = Stream.of("messages.properties", "messages_ar.properties", "templates", "demo")
			.map(DemoPersonalData::resource)
			.flatMap(DemoPersonalData::walk)) {
			files.filter(Files::isRegularFile).forEach(file -> {
				Matcher word = WORD.matcher(read(file));
				while (word.find()) {
					words.add(word.group());
				}
			});
		}
		return words;
	}

	private static Path resource(String name) {
		try {
			return Path.of(DemoPersonalData.class.getClassLoader().getResource(name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Stream<Path> walk(Path path) {
		try {
			return Files.walk(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
