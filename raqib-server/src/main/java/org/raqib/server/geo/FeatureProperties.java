package org.raqib.server.geo;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** A feature's {@code properties}, read leniently about absence and strictly about type. */
final class FeatureProperties {

	private final @Nullable JsonNode properties;

	private final String where;

	private final ProblemList problems;

	FeatureProperties(@Nullable JsonNode properties, String where, ProblemList problems) {
		this.properties = (properties != null && properties.isObject()) ? properties : null;
		this.where = where;
		this.problems = problems;
	}

	/** The raw value, or {@code null} when absent or JSON {@code null}. */
	@Nullable JsonNode get(String name) {
		JsonNode value = (this.properties != null) ? this.properties.get(name) : null;
		return (value == null || value.isNull()) ? null : value;
	}

	/** Text, stripped; {@code null} when absent or blank. */
	@Nullable String text(String name) {
		JsonNode value = get(name);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			this.problems.add(this.where, "geo.error.property.not-text", name);
			return null;
		}
		String text = value.stringValue().strip();
		return text.isEmpty() ? null : text;
	}

	/** A required name: absent and blank are the same problem; a non-text value is {@link #text}'s. */
	String name(String name) {
		JsonNode value = get(name);
		String text = text(name);
		if (text == null && (value == null || value.isString())) {
			this.problems.add(this.where, "geo.error.name.missing", name);
		}
		return (text != null) ? text : "";
	}

	boolean flag(String name) {
		JsonNode value = get(name);
		if (value == null) {
			return false;
		}
		if (!value.isBoolean()) {
			this.problems.add(this.where, "geo.error.property.not-boolean", name);
			return false;
		}
		return value.booleanValue();
	}

	/** Other names; none may hold {@code |}, the gazetteer's separator. */
	List<String> aliases() {
		JsonNode value = get("aliases");
		if (value == null) {
			return List.of();
		}
		var aliases = new ArrayList<String>();
		boolean wrong = !value.isArray();
		for (JsonNode alias : wrong ? List.<JsonNode>of() : value.values()) {
			String text = alias.isString() ? alias.stringValue().strip() : "";
			wrong |= text.isEmpty() || text.contains("|");
			aliases.add(text);
		}
		if (wrong) {
			this.problems.add(this.where, "geo.error.aliases.invalid");
			return List.of();
		}
		return aliases;
	}

}
