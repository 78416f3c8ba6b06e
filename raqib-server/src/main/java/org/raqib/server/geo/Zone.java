package org.raqib.server.geo;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * An area the agreement names: a polygon as drawn, or a line (a road, a front) widened by
 * {@code bufferKm} on each side into a corridor.
 *
 * @param geometry the shape as the file gives it
 * @param bufferKm the width added on each side, in kilometres, or {@code null} for a polygon taken as drawn
 * @param area what the zone covers: the polygon, or the geometry buffered by {@code bufferKm}
 */
public record Zone(String id, String nameEn, String nameAr, List<String> aliases, boolean approximate,
		@Nullable String noteEn, @Nullable String noteAr, Geometry geometry, @Nullable Double bufferKm,
		Geometry area) implements Feature {

	public Zone {
		aliases = List.copyOf(aliases);
	}

	@Override
	public Kind kind() {
		return Kind.ZONE;
	}

	/** A line widened into a corridor, drawn on the map as the corridor and its centreline. */
	public boolean isCorridor() {
		return this.bufferKm != null && this.geometry.getDimension() == 1;
	}

}
