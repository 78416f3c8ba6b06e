package org.raqib.server.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Buffers and distances in kilometres, worked out in a {@link LocalProjection} and brought back to degrees. */
final class Metric {

	/** Segments per quarter circle on a buffer's rounded ends: about 18 m short of the arc on a 6 km buffer. */
	static final int QUADRANT_SEGMENTS = 16;

	private static final GeometryFactory PLANE = new GeometryFactory();

	private Metric() {
	}

	/** The area within {@code km} of the geometry, projected around the geometry's own centre. */
	static Geometry buffer(Geometry degrees, double km) {
		LocalProjection projection = LocalProjection.around(degrees);
		return projection.toDegrees(projection.toMetres(degrees).buffer(km * 1000, QUADRANT_SEGMENTS));
	}

	/**
	 * How far the point is from the geometry in kilometres (0 inside), projected around the point itself so
	 * that the distance measured from the centre is exact.
	 */
	static double kilometres(double lon, double lat, Geometry degrees) {
		LocalProjection projection = LocalProjection.around(lon, lat);
		return projection.toMetres(degrees).distance(PLANE.createPoint(new Coordinate(0, 0))) / 1000;
	}

}
