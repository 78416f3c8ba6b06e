package org.raqib.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People, places and organisations with their names in Arabic and English, keyed by their normalised words.
 * The shipped files cover Gaza 2025 and Idlib 2018/2020 ({@code org/raqib/text/gazetteer/}); {@link #load}
 * adds more. Where two entries share a name, the one read first keeps it, so the shipped files win over
 * added ones and, within a file, the earlier row wins.
 */
public final class EntityGazetteer {

	static final String FOLDER = "gazetteer/";

	static final List<String> SHIPPED = List.of("gaza-2025-places.csv", "idlib-2018-places.csv",
			"countries-and-cities.csv", "organisations.csv", "people.csv");

	private static final EntityGazetteer STANDARD = new EntityGazetteer(shipped());

	/** A name of an entry; acronyms written in capitals ({@code WHO}, {@code US}) match only in capitals. */
	record Name(GazetteerEntry entry, List<String> words, String written, boolean capitals) {
	}

	private final List<GazetteerEntry> entries;

	private final Map<String, List<Name>> names = new HashMap<>();

	private int longest;

	EntityGazetteer(List<GazetteerEntry> entries) {
		this.entries = List.copyOf(entries);
		for (GazetteerEntry entry : entries) {
			index(entry, entry.nameEn());
			index(entry, entry.nameAr());
			entry.aliases().forEach(alias -> index(entry, alias));
			entry.adjectives().forEach(adjective -> EntityAdjectives.forms(adjective).forEach(form -> index(entry, form)));
		}
	}

	/** The shipped gazetteer. */
	public static EntityGazetteer standard() {
		return STANDARD;
	}

	/** The shipped gazetteer and the given CSV files, in that order. */
	public static EntityGazetteer load(Path... files) {
		var all = new ArrayList<>(STANDARD.entries);
		for (Path file : files) {
			try {
				all.addAll(GazetteerCsv.read(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new EntityGazetteer(all);
	}

	public List<GazetteerEntry> entries() {
		return this.entries;
	}

	/** The names whose words are exactly these, in the order they were read. */
	List<Name> named(String key) {
		return this.names.getOrDefault(key, List.of());
	}

	/** The most words in any name. */
	int longest() {
		return this.longest;
	}

	static String key(List<String> words) {
		return String.join(" ", words);
	}

	private void index(GazetteerEntry entry, String written) {
		List<String> words = EntityTokens.words(written);
		if (words.isEmpty()) {
			return;
		}
		boolean capitals = written.chars().anyMatch(Character::isUpperCase)
				&& written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
				&& written.chars().filter(Character::isLetter).count() >= 2;
		this.names.computeIfAbsent(key(words), k -> new ArrayList<>()).add(new Name(entry, words, written, capitals));
		this.longest = Math.max(this.longest, words.size());
	}

	private static List<GazetteerEntry> shipped() {
		var entries = new ArrayList<GazetteerEntry>();
		for (String file : SHIPPED) {
			try (InputStream in = EntityGazetteer.class.getResourceAsStream(FOLDER + file)) {
				if (in == null) {
					throw new IllegalStateException("missing gazetteer resource " + file);
				}
				entries.addAll(GazetteerCsv.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return entries;
	}

}
