package org.raqib.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.raqib.server.access.ApiToken;
import org.raqib.server.access.AuditAction;
import org.raqib.server.access.Role;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.Purpose;

/**
 * Every interface text exists in every language, and no template carries text of its own: all of it
 * comes from the message bundles, so a missing translation fails the build.
 */
class TranslationTests {

	static final List<String> LOCALES = List.of("ar");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SOURCES = Path.of("src/main/java");

	static final Set<String> USER_FACING_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label");

	static final Pattern MESSAGE_REF = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");

	static final Pattern CODE_LITERAL = Pattern
		.compile("\"\\{?((?:user|grant|party|token|account|problem|error|audit|login|form|agreement|compliance|geo|person|exchange|movement|record|aid|reconcile|report)\\.[a-z0-9.-]*[a-z0-9])\\}?\"");

	@Test
	void everyKeyIsTranslatedIntoEveryLanguage() throws IOException {
		Properties english = bundle("messages.properties");
		for (String locale : LOCALES) {
			Properties other = bundle("messages_" + locale + ".properties");
			assertThat(other.stringPropertyNames()).as("keys of messages_%s", locale)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			other.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, locale).isNotBlank());
		}
	}

	@Test
	void everyKeyTheCodeUsesExists() throws IOException {
		Properties english = bundle("messages.properties");
		var used = new TreeSet<String>();
		for (Role role : Role.values()) {
			used.add(role.messageKey());
		}
		for (AuditAction action : AuditAction.values()) {
			used.add(action.messageKey());
		}
		for (ApiToken.State state : ApiToken.State.values()) {
			used.add(state.messageKey());
		}
		for (Purpose purpose : Purpose.values()) {
			used.add(purpose.messageKey());
		}
		for (LegalBasis basis : LegalBasis.values()) {
			used.add(basis.messageKey());
		}
		used.addAll(List.of("locale.name.en", "locale.name.ar", "locale.dir"));
		used.addAll(references(TEMPLATES, ".html", MESSAGE_REF));
		used.addAll(references(SOURCES, ".java", CODE_LITERAL));
		assertThat(english.stringPropertyNames()).containsAll(used);
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		var literals = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
				for (Element element : doc.getAllElements()) {
					literals.addAll(literalsIn(TEMPLATES.relativize(file).toString(), element));
				}
			}
		}
		assertThat(literals).as("text in templates that does not come from messages").isEmpty();
	}

	@Test
	void theLiteralTextCheckCatchesText() {
		Element element = Jsoup.parse("<p>Hello <b th:text=\"#{x}\">ok</b></p><input placeholder=\"Name\">", "",
				Parser.xmlParser());
		var found = new ArrayList<String>();
		element.getAllElements().forEach(e -> found.addAll(literalsIn("sample", e)));
		assertThat(found).containsExactly("sample: <p> Hello", "sample: <input placeholder> Name");
	}

	private static List<String> literalsIn(String file, Element element) {
		var found = new ArrayList<String>();
		boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext");
		if (!replaced && !element.tagName().equals("script") && !element.tagName().equals("style")) {
			for (TextNode text : element.textNodes()) {
				if (text.text().codePoints().anyMatch(Character::isLetter)) {
					found.add(file + ": <" + element.tagName() + "> " + text.text().strip());
				}
			}
		}
		for (String attribute : USER_FACING_ATTRIBUTES) {
			String value = element.attr(attribute);
			if (value.codePoints().anyMatch(Character::isLetter)) {
				found.add(file + ": <" + element.tagName() + " " + attribute + "> " + value);
			}
		}
		return found;
	}

	private static Set<String> references(Path root, String suffix, Pattern pattern) throws IOException {
		var keys = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

	static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = TranslationTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
