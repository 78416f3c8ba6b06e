package org.raqib.text;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of a gazetteer file: a place, a person or an organisation with its names.
 *
 * @param type {@code place}, {@code person} or {@code organisation}, from the file's code column
 * ({@code #loc+code}, {@code #person+code}, {@code #org+code})
 * @param category the file's own type column: {@code crossing}, {@code country}, {@code ministry},
 * {@code spokesperson}…; may be empty
 * @param aliases other names in any script
 * @param adjectives nisba adjectives of a country ({@code إسرائيلي}, {@code Israeli}), matched in their
 * inflected forms
 * @param latitude for places only
 */
public record GazetteerEntry(String code, String type, String category, String nameEn, String nameAr,
		List<String> aliases, List<String> adjectives, @Nullable Double latitude, @Nullable Double longitude) {

	public GazetteerEntry {
		aliases = List.copyOf(aliases);
		adjectives = List.copyOf(adjectives);
	}

}
