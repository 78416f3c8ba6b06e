package org.raqib.server.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a payload as a JSON object strictly: unknown fields, wrong types and missing required fields
 * are refused with the field's name. Kinds use it in {@code validate} and, on a valid payload, in
 * {@code project}.
 */
public final class Payloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode node;

	private final String prefix;

	private Payloads(JsonNode node, String prefix) {
		this.node = node;
		this.prefix = prefix;
	}

	/** Parses an object whose fields are all among {@code fields}. */
	public static Payloads object(byte[] payload, Set<String> fields) {
		JsonNode node;
		try {
			node = JSON.readTree(new String(payload, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw InvalidInput.of("payload", "record.payload.not-json");
		}
		return of(node, "", fields);
	}

	private static Payloads of(@Nullable JsonNode node, String prefix, Set<String> fields) {
		if (node == null || !node.isObject()) {
			throw InvalidInput.of(prefix.isEmpty() ? "payload" : prefix, "record.payload.not-object");
		}
		for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			if (!fields.contains(name)) {
				throw InvalidInput.of(prefix + name, "record.payload.unknown-field");
			}
		}
		return new Payloads(node, prefix);
	}

	public Payloads object(String field, Set<String> fields) {
		return of(this.node.get(field), this.prefix + field + ".", fields);
	}

	public boolean has(String field) {
		JsonNode value = this.node.get(field);
		return value != null && !value.isNull();
	}

	public @Nullable String text(String field, int maxLength) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw InvalidInput.of(this.prefix + field, "record.payload.not-text");
		}
		String text = value.asString().strip();
		if (text.length() > maxLength) {
			throw InvalidInput.of(this.prefix + field, "record.payload.too-long", maxLength);
		}
		return text.isEmpty() ? null : text;
	}

	public String requiredText(String field, int maxLength) {
		String text = text(field, maxLength);
		if (text == null) {
			throw InvalidInput.of(this.prefix + field, "record.payload.required");
		}
		return text;
	}

	public Instant requiredInstant(String field) {
		String text = requiredText(field, 40);
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(this.prefix + field, "record.payload.not-time");
		}
	}

	/** A whole number within bounds. */
	public long requiredNumber(String field, long min, long max) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw InvalidInput.of(this.prefix + field, "record.payload.required");
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			throw InvalidInput.of(this.prefix + field, "record.payload.not-number");
		}
		long number = value.asLong();
		if (number < min || number > max) {
			throw InvalidInput.of(this.prefix + field, "record.payload.out-of-range", min, max);
		}
		return number;
	}

	/** A number, whole or decimal, within bounds (a longitude, a distance). */
	public double requiredDecimal(String field, double min, double max) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw InvalidInput.of(this.prefix + field, "record.payload.required");
		}
		if (!value.isNumber()) {
			throw InvalidInput.of(this.prefix + field, "record.payload.not-decimal");
		}
		double number = value.asDouble();
		if (!(number >= min && number <= max)) {
			throw InvalidInput.of(this.prefix + field, "record.payload.out-of-range", min, max);
		}
		return number;
	}

	/** An optional list: empty when absent, else as {@link #objects(String, Set, int)}. */
	public java.util.List<Payloads> optionalObjects(String field, Set<String> fields, int max) {
		return has(field) ? objects(field, fields, max) : java.util.List.of();
	}

	public @Nullable Instant instant(String field) {
		return has(field) ? requiredInstant(field) : null;
	}

	public java.time.LocalDate requiredDate(String field) {
		String text = requiredText(field, 10);
		try {
			return java.time.LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(this.prefix + field, "record.payload.not-date");
		}
	}

	/** An array of objects, each with fields among {@code fields}; at least one, at most {@code max}. */
	public java.util.List<Payloads> objects(String field, Set<String> fields, int max) {
		JsonNode array = array(field, max);
		var items = new java.util.ArrayList<Payloads>(array.size());
		for (int i = 0; i < array.size(); i++) {
			items.add(of(array.get(i), this.prefix + field + "[" + i + "].", fields));
		}
		return items;
	}

	/** An array of texts; at least one, at most {@code max}, each at most {@code maxLength} long. */
	public java.util.List<String> texts(String field, int max, int maxLength) {
		JsonNode array = array(field, max);
		var items = new java.util.ArrayList<String>(array.size());
		for (int i = 0; i < array.size(); i++) {
			JsonNode value = array.get(i);
			String name = this.prefix + field + "[" + i + "]";
			if (value == null || !value.isString() || value.asString().isBlank()) {
				throw InvalidInput.of(name, "record.payload.not-text");
			}
			if (value.asString().length() > maxLength) {
				throw InvalidInput.of(name, "record.payload.too-long", maxLength);
			}
			items.add(value.asString());
		}
		return items;
	}

	private JsonNode array(String field, int max) {
		JsonNode array = this.node.get(field);
		if (array == null || array.isNull()) {
			throw InvalidInput.of(this.prefix + field, "record.payload.required");
		}
		if (!array.isArray()) {
			throw InvalidInput.of(this.prefix + field, "record.payload.not-list");
		}
		if (array.isEmpty() || array.size() > max) {
			throw InvalidInput.of(this.prefix + field, "record.payload.list-size", 1, max);
		}
		return array;
	}

	/** The field's value serialised again, for a correction's replacement. */
	public byte[] raw(String field) {
		return JSON.writeValueAsString(this.node.get(field)).getBytes(StandardCharsets.UTF_8);
	}

	/** A payload as a JSON tree, to embed in another (a correction's replacement). */
	static JsonNode tree(byte[] payload) {
		return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
	}

	/** Serialises a payload the way Raqib writes them: compact JSON in UTF-8. */
	public static byte[] write(Object value) {
		return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
	}

}
