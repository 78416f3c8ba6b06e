package org.raqib.server.geo;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * A named piece of an agreement's geography, referred to by its id. Geometries are in WGS84 longitude and
 * latitude degrees; JTS geometries are mutable, so callers must not change the ones they are given.
 */
public sealed interface Feature permits Zone, Post, Crossing, Place {

	String id();

	Kind kind();

	String nameEn();

	String nameAr();

	/** Other names in any script, as the news and the parties write them. */
	List<String> aliases();

	/** The shape or position is an approximation, and the map says so. */
	boolean approximate();

	@Nullable String noteEn();

	@Nullable String noteAr();

	Geometry geometry();

	/** The kinds of feature a geography file may hold, with the code the file uses. */
	enum Kind {

		ZONE, POST, CROSSING, PLACE;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
