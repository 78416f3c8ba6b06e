package org.raqib.text.names;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One person of a list as the matcher sees them: a reference the caller keeps, the person's names (one per
 * script the list gives), and an ID number and birth year when known.
 */
public record NameRecord(String ref, List<String> names, @Nullable String idNumber, @Nullable Integer birthYear) {

	public NameRecord {
		names = names.stream().filter(n -> n != null && !n.isBlank()).toList();
	}

	public static NameRecord of(String ref, String... names) {
		return new NameRecord(ref, List.of(names), null, null);
	}

}
