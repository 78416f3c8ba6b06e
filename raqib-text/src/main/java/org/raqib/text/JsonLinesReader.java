package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON lines, one article per object ({@code origin} {@code record N}, N its line number); blank lines
 * are skipped. A last line that breaks off before its closing brace was cut in transfer (TRUNCATED); any
 * other line that is not a JSON object is a FORMAT error at its line.
 */
public final class JsonLinesReader implements ArticleReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public List<Article> read(byte[] bytes, String source) {
		String[] lines = Utf8.decode(bytes).split("\r?\n", -1);
		int last = lines.length;
		while (last > 0 && lines[last - 1].isBlank()) {
			last--;
		}
		List<Article> articles = new ArrayList<>();
		for (int i = 0; i < last; i++) {
			if (!lines[i].isBlank()) {
				JsonNode record = parse(lines[i], i + 1, i + 1 == last);
				articles.add(JsonRecord.article(record, source, i + 1));
			}
		}
		return articles;
	}

	private static JsonNode parse(String line, int number, boolean isLast) {
		JsonNode node;
		try {
			node = JSON.readTree(line);
		}
		catch (JacksonException ex) {
			if (isLast && !line.stripTrailing().endsWith("}")) {
				throw new TextException(TextException.Problem.TRUNCATED, "line " + number,
						"the last record breaks off before its closing brace");
			}
			throw new TextException(TextException.Problem.FORMAT, "line " + number,
					"not JSON: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject()) {
			throw new TextException(TextException.Problem.FORMAT, "line " + number, "not a JSON object");
		}
		return node;
	}

}
