package org.raqib.server.geo;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Point;

/** A crossing point for people or goods, with its opening hours when they are known. */
public record Crossing(String id, String nameEn, String nameAr, List<String> aliases, boolean approximate,
		@Nullable String noteEn, @Nullable String noteAr, Point geometry, @Nullable OpeningHours hours)
		implements Feature {

	public Crossing {
		aliases = List.copyOf(aliases);
	}

	@Override
	public Kind kind() {
		return Kind.CROSSING;
	}

}
