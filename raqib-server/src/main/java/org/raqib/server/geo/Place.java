package org.raqib.server.geo;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Point;

/** A named place (a town, a camp, a venue) that reports and news refer to. */
public record Place(String id, String nameEn, String nameAr, List<String> aliases, boolean approximate,
		@Nullable String noteEn, @Nullable String noteAr, Point geometry) implements Feature {

	public Place {
		aliases = List.copyOf(aliases);
	}

	@Override
	public Kind kind() {
		return Kind.PLACE;
	}

}
