package org.raqib.server.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A node of a YAML document with its path and position. Readers ask for what they expect; anything else
 * is recorded as a problem naming the line, the column and the path, and the reader goes on so that one
 * upload reports every problem.
 */
final class YamlElement {

	static final int MAX_SIZE = 256 * 1024;

	private final Node node;

	private final String path;

	private final FileProblems problems;

	private YamlElement(Node node, String path, FileProblems problems) {
		this.node = node;
		this.path = path;
		this.problems = problems;
	}

	/** The document's root, or null when it is not YAML at all (the problem recorded). */
	static @Nullable YamlElement parse(String text, FileProblems problems) {
		if (text.length() > MAX_SIZE) {
			problems.add("file", "agreement.file.too-large", MAX_SIZE / 1024);
			return null;
		}
		try {
			var settings = LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(0)
				.setCodePointLimit(MAX_SIZE).build();
			Node root = new Compose(settings).composeString(text).orElse(null);
			if (root == null) {
				problems.add("file", "agreement.file.empty");
				return null;
			}
			return new YamlElement(root, "", problems);
		}
		catch (MarkedYamlEngineException ex) {
			problems.add(where(ex.getProblemMark().orElse(null), ""), "agreement.file.syntax", ex.getProblem());
			return null;
		}
		catch (YamlEngineException ex) {
			problems.add("file", "agreement.file.syntax", String.valueOf(ex.getMessage()));
			return null;
		}
	}

	String path() {
		return this.path;
	}

	/** Where this element is, as problems name it. */
	String where() {
		return where(this.node.getStartMark().orElse(null), this.path);
	}

	private static String where(@Nullable Mark mark, String path) {
		String at = mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
		return path.isEmpty() ? at : at.isEmpty() ? path : at + " (" + path + ")";
	}

	void problem(String code, Object... arguments) {
		this.problems.add(where(), code, arguments);
	}

	/** The mapping's entries, refusing keys the format does not know. */
	@Nullable Map<String, YamlElement> mapping(Set<String> known) {
		if (!(this.node instanceof MappingNode)) {
			problem("agreement.file.mapping");
			return null;
		}
		var result = new LinkedHashMap<String, YamlElement>();
		for (NodeTuple tuple : ((MappingNode) this.node).getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode ? ((ScalarNode) tuple.getKeyNode()).getValue() : null;
			String childPath = this.path.isEmpty() ? String.valueOf(key) : this.path + "." + key;
			if (key == null || (!known.isEmpty() && !known.contains(key))) {
				this.problems.add(where(tuple.getKeyNode().getStartMark().orElse(null), childPath),
						"agreement.file.unknown-key", String.valueOf(key));
				continue;
			}
			if (result.containsKey(key)) {
				this.problems.add(where(tuple.getKeyNode().getStartMark().orElse(null), childPath),
						"agreement.file.duplicate-key", key);
				continue;
			}
			result.put(key, new YamlElement(tuple.getValueNode(), childPath, this.problems));
		}
		return result;
	}

	List<YamlElement> list() {
		if (!(this.node instanceof SequenceNode)) {
			problem("agreement.file.list");
			return List.of();
		}
		var result = new ArrayList<YamlElement>();
		List<Node> items = ((SequenceNode) this.node).getValue();
		for (int i = 0; i < items.size(); i++) {
			result.add(new YamlElement(items.get(i), this.path + "[" + i + "]", this.problems));
		}
		return result;
	}

	@Nullable String text() {
		if (!(this.node instanceof ScalarNode)) {
			problem("agreement.file.text");
			return null;
		}
		String value = ((ScalarNode) this.node).getValue().strip();
		if (value.isEmpty()) {
			problem("agreement.file.blank");
			return null;
		}
		return value;
	}

	@Nullable String text(Pattern pattern, String code) {
		String value = text();
		if (value != null && !pattern.matcher(value).matches()) {
			problem(code, value);
			return null;
		}
		return value;
	}

	@Nullable LocalDate date() {
		String value = text();
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem("agreement.file.date", value);
			return null;
		}
	}

	/** A whole number, at least {@code min}. */
	@Nullable Long number(long min) {
		String value = text();
		if (value == null) {
			return null;
		}
		try {
			long number = Long.parseLong(value.replace("_", ""));
			if (number >= min) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem("agreement.file.number", value, min);
		return null;
	}

	@Nullable Boolean bool() {
		String value = text();
		if ("true".equals(value) || "false".equals(value)) {
			return Boolean.valueOf(value);
		}
		if (value != null) {
			problem("agreement.file.boolean", value);
		}
		return null;
	}

	/** The value of a key of a mapping, or null when absent (recorded as missing when required). */
	static @Nullable YamlElement get(Map<String, YamlElement> mapping, String key, boolean required,
			YamlElement parent) {
		YamlElement value = mapping.get(key);
		if (value == null && required) {
			parent.problems.add(parent.where(), "agreement.file.required",
					parent.path.isEmpty() ? key : parent.path + "." + key);
		}
		return value;
	}

}
