package org.raqib.server.agreement.compliance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fact's dimensions as one line of text, {@code name=value|value;name=value}, names and values sorted
 * and {@code % ; = |} escaped as {@code %XX}: the same dimensions always give the same text, and the text
 * reads the same on H2 and PostgreSQL without either's JSON functions.
 */
final class Dimensions {

	private Dimensions() {
	}

	static String encode(Map<String, Set<String>> dimensions) {
		var text = new StringBuilder();
		new TreeMap<>(dimensions).forEach((name, values) -> {
			if (values.isEmpty()) {
				return;
			}
			text.append(text.length() == 0 ? "" : ";").append(escape(name)).append('=');
			String separator = "";
			for (String value : new TreeSet<>(values)) {
				text.append(separator).append(escape(value));
				separator = "|";
			}
		});
		return text.toString();
	}

	static Map<String, Set<String>> decode(String text) {
		var dimensions = new LinkedHashMap<String, Set<String>>();
		if (text.isEmpty()) {
			return dimensions;
		}
		for (String pair : text.split(";", -1)) {
			int equals = pair.indexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException("not an encoded dimension: " + pair);
			}
			var values = new TreeSet<String>();
			for (String value : pair.substring(equals + 1).split("\\|", -1)) {
				values.add(unescape(value));
			}
			dimensions.put(unescape(pair.substring(0, equals)), Set.copyOf(values));
		}
		return dimensions;
	}

	/** The same dimensions without empty value sets, which select nothing and would make shapes differ. */
	static Map<String, Set<String>> withoutEmpty(Map<String, Set<String>> dimensions) {
		boolean empty = false;
		for (Set<String> values : dimensions.values()) {
			empty |= values.isEmpty();
		}
		if (!empty) {
			return dimensions;
		}
		var kept = new LinkedHashMap<String, Set<String>>(dimensions);
		kept.values().removeIf(Set::isEmpty);
		return kept;
	}

	private static String escape(String text) {
		var escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' || c == ';' || c == '=' || c == '|') {
				escaped.append('%').append(String.format("%02X", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static String unescape(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		var plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' && i + 2 < text.length()) {
				plain.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				plain.append(c);
			}
		}
		return plain.toString();
	}

}
