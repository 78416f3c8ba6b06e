package org.raqib.server.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.raqib.server.system.InvalidInput;

/**
 * Place names in Arabic, English and any other script, each with a position, found by any of its names after
 * light normalisation ({@link #normalise}). Stored as an HXL-tagged CSV that tools without Raqib can read
 * (format in {@code docs/gazetteer.md}).
 */
public final class Gazetteer {

	private final List<Entry> entries;

	private final Map<String, Entry> byCode = new LinkedHashMap<>();

	private final Map<String, List<Entry>> byName = new LinkedHashMap<>();

	/** @throws IllegalArgumentException if two entries share a code */
	public Gazetteer(List<Entry> entries) {
		this.entries = List.copyOf(entries);
		for (Entry entry : this.entries) {
			if (this.byCode.put(entry.code(), entry) != null) {
				throw new IllegalArgumentException("two gazetteer entries with code " + entry.code());
			}
			entry.names().stream().map(PlaceNames::normalise).distinct()
				.forEach(name -> this.byName.computeIfAbsent(name, n -> new ArrayList<>()).add(entry));
		}
	}

	/** @throws InvalidInput listing every problem, each under {@code line N, column C} */
	public static Gazetteer read(String csv) {
		return GazetteerCsv.read(csv);
	}

	/** The gazetteer as HXL-tagged CSV, UTF-8 text with a header row and a hashtag row. */
	public String write() {
		return GazetteerCsv.write(this);
	}

	public List<Entry> entries() {
		return this.entries;
	}

	public Optional<Entry> entry(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** The entries one of whose names (English, Arabic or alias) is this name, after normalisation. */
	public List<Entry> lookup(String name) {
		return List.copyOf(this.byName.getOrDefault(PlaceNames.normalise(name), List.of()));
	}

	/** The form under which names are compared; see {@code docs/gazetteer.md}. */
	public static String normalise(String name) {
		return PlaceNames.normalise(name);
	}

	/** Points where they are; a zone at its centroid, or at a point inside it when the centroid falls outside. */
	static Gazetteer of(Geography geography) {
		var entries = new ArrayList<Entry>();
		for (Feature feature : geography.features()) {
			Point point = (feature instanceof Zone zone) ? inside(zone.area()) : (Point) feature.geometry();
			entries.add(new Entry(feature.id(), feature.nameEn(), feature.nameAr(), feature.aliases(),
					round(point.getX()), round(point.getY()), feature.kind().code(), feature.approximate()));
		}
		return new Gazetteer(entries);
	}

	private static Point inside(Geometry area) {
		Point centroid = area.getCentroid();
		return area.covers(centroid) ? centroid : area.getInteriorPoint();
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Gazetteer gazetteer && gazetteer.entries.equals(this.entries);
	}

	@Override
	public int hashCode() {
		return this.entries.hashCode();
	}

	/**
	 * One place.
	 *
	 * @param code the feature's id
	 * @param type the kind of feature ({@code zone}, {@code post}, {@code crossing}, {@code place}) or another code
	 * @param approximate the position is an approximation
	 */
	public record Entry(String code, String nameEn, String nameAr, List<String> aliases, double lon, double lat,
			String type, boolean approximate) {

		public Entry {
			aliases = List.copyOf(aliases);
		}

		/** English and Arabic names, then the aliases. */
		public List<String> names() {
			var names = new ArrayList<String>(List.of(this.nameEn, this.nameAr));
			names.addAll(this.aliases);
			return names;
		}

	}

}
