package org.raqib.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One JSON lines record as an article: {@code title} (required), {@code subtitle}, {@code body} (paragraphs
 * separated by blank lines) or {@code paragraphs}, {@code captions} (strings, their credit split off, or
 * {@code {text, credit}}), {@code url}, {@code published} (ISO-8601), {@code language} (else from the letters)
 * and {@code source} (else the input's name).
 */
final class JsonRecord {

	private JsonRecord() {
	}

	static Article article(JsonNode record, String source, int line) {
		String where = "line " + line;
		String title = string(record, "title", where);
		if (title == null || PageText.clean(title).isEmpty()) {
			throw new TextException(TextException.Problem.MISSING_FIELD, where, "the record has no title");
		}
		title = PageText.clean(title);
		List<String> paragraphs = paragraphs(record, where);
		String published = string(record, "published", where);
		Instant instant = PageDates.parse(published);
		if (published != null && instant == null) {
			throw new TextException(TextException.Problem.FORMAT, where, "published is not an ISO-8601 time: "
					+ published);
		}
		String language = string(record, "language", where);
		String own = string(record, "source", where);
		String subtitle = string(record, "subtitle", where);
		return new Article(own == null || own.isBlank() ? source : own.strip(), string(record, "url", where), instant,
				language == null || language.isBlank() ? Languages.of(title + "\n" + String.join("\n", paragraphs))
						: language.strip(),
				title, subtitle == null || subtitle.isBlank() ? null : PageText.clean(subtitle),
				captions(record, where), paragraphs, "record " + line);
	}

	private static List<String> paragraphs(JsonNode record, String where) {
		List<String> paragraphs = new ArrayList<>();
		JsonNode array = record.get("paragraphs");
		if (array != null && !array.isNull()) {
			if (!array.isArray()) {
				throw new TextException(TextException.Problem.FORMAT, where, "paragraphs is not an array");
			}
			for (JsonNode p : array) {
				addParagraph(paragraphs, text(p, "paragraphs", where));
			}
			return paragraphs;
		}
		String body = string(record, "body", where);
		if (body != null) {
			for (String chunk : body.split("\\n\\s*\\n")) {
				addParagraph(paragraphs, chunk);
			}
		}
		return paragraphs;
	}

	private static void addParagraph(List<String> paragraphs, String text) {
		String p = PageText.clean(text);
		if (!p.isEmpty()) {
			paragraphs.add(p);
		}
	}

	private static List<Article.Caption> captions(JsonNode record, String where) {
		JsonNode array = record.get("captions");
		if (array == null || array.isNull()) {
			return List.of();
		}
		if (!array.isArray()) {
			throw new TextException(TextException.Problem.FORMAT, where, "captions is not an array");
		}
		Set<Article.Caption> captions = new LinkedHashSet<>();
		for (JsonNode c : array) {
			if (c.isObject()) {
				String text = string(c, "text", where);
				if (text != null && !text.isBlank()) {
					String credit = string(c, "credit", where);
					captions.add(new Article.Caption(PageText.clean(text),
							credit == null || credit.isBlank() ? null : credit.strip()));
				}
			}
			else if (!PageText.clean(text(c, "captions", where)).isEmpty()) {
				captions.add(Captions.split(PageText.clean(text(c, "captions", where))));
			}
		}
		return List.copyOf(captions);
	}

	private static @Nullable String string(JsonNode record, String field, String where) {
		JsonNode value = record.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		return text(value, field, where);
	}

	private static String text(JsonNode value, String field, String where) {
		if (!value.isString()) {
			throw new TextException(TextException.Problem.FORMAT, where, field + " is not a string");
		}
		return value.asString();
	}

}
