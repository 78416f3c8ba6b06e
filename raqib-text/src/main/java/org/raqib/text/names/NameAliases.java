package org.raqib.text.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alias table ({@code aliases.txt} beside this class): which spellings, in any script, write the same
 * name. A spelling listed under two names is ambiguous and counts as unknown.
 */
final class NameAliases {

	static final int UNKNOWN = -1;

	private static final NameAliases BUNDLED = read("aliases.txt");

	private final Map<String, Integer> names;

	private NameAliases(Map<String, Integer> names) {
		this.names = names;
	}

	static NameAliases bundled() {
		return BUNDLED;
	}

	/** The name a normalised part writes, or {@link #UNKNOWN}. */
	int nameOf(String part) {
		return this.names.getOrDefault(part, UNKNOWN);
	}

	static NameAliases read(String resource) {
		try (InputStream in = NameAliases.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no alias table " + resource);
			}
			var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return parse(reader.lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static NameAliases parse(List<String> lines) {
		var names = new HashMap<String, Integer>();
		int name = 0;
		for (String line : lines) {
			int colon = line.indexOf(':');
			if (line.isBlank() || line.startsWith("#") || colon < 0) {
				continue;
			}
			for (String spelling : line.substring(colon + 1).split(",")) {
				List<String> parts = NameParts.split(spelling).parts();
				if (parts.size() == 1) {
					int n = name;
					names.merge(parts.get(0), n, (was, now) -> was == now ? was : -2);
				}
			}
			name++;
		}
		names.values().removeIf(v -> v == -2);
		return new NameAliases(Map.copyOf(names));
	}

}
