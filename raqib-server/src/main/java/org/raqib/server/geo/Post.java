package org.raqib.server.geo;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Point;

/** An observation post, held by one party (its code in the agreement, such as {@code turkey}). */
public record Post(String id, String nameEn, String nameAr, List<String> aliases, boolean approximate,
		@Nullable String noteEn, @Nullable String noteAr, Point geometry, String party) implements Feature {

	public Post {
		aliases = List.copyOf(aliases);
	}

	@Override
	public Kind kind() {
		return Kind.POST;
	}

}
