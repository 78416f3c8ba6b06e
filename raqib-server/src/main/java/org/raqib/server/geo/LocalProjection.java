package org.raqib.server.geo;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The azimuthal equidistant projection on the sphere ({@link Earth}) around a centre, in metres, so that
 * buffers and distances can be computed in a plane. Distances and bearings from the centre are exact; across,
 * lengths are stretched by c / sin c (c the angle from the centre): by 0.004 % at 100 km and 0.016 % at
 * 200 km, so a 6 km corridor edge 100 km from the centre is off by about 25 cm. The projection does not handle
 * geometries that cross the antimeridian or reach a pole.
 */
final class LocalProjection {

	/**
	 * GeoJSON joins positions by straight lines in longitude and latitude (RFC 7946 §3.1.1); a point every
	 * 0.01° (about 1 km) keeps that line's course once projected, to within centimetres.
	 */
	static final double DEGREE_STEP = 0.01;

	/** A point every kilometre on shapes built in metres keeps them true once drawn in degrees. */
	static final double METRE_STEP = 1000;

	private final double lonDegrees;

	private final double latDegrees;

	private final double lon0;

	private final double sinLat0;

	private final double cosLat0;

	private LocalProjection(double lon, double lat) {
		this.lonDegrees = lon;
		this.latDegrees = lat;
		this.lon0 = Math.toRadians(lon);
		this.sinLat0 = Math.sin(Math.toRadians(lat));
		this.cosLat0 = Math.cos(Math.toRadians(lat));
	}

	static LocalProjection around(double lon, double lat) {
		return new LocalProjection(lon, lat);
	}

	/** Around the centre of the geometry's bounding box, which keeps every part of it close to the centre. */
	static LocalProjection around(Geometry geometry) {
		Envelope box = geometry.getEnvelopeInternal();
		return new LocalProjection(box.centre().x, box.centre().y);
	}

	/**
	 * The geometry in metres, its edges first densified so they follow their course in degrees. The given
	 * geometry is left as it is (the densifier may share its coordinates, so it works on a copy).
	 */
	Geometry toMetres(Geometry degrees) {
		Geometry dense = (degrees.getDimension() == 0) ? degrees.copy() : Densifier.densify(degrees.copy(), DEGREE_STEP);
		dense.apply(new Transform(true));
		dense.geometryChanged();
		return dense;
	}

	/** A geometry built in metres, back in degrees, densified first so its edges keep their course. */
	Geometry toDegrees(Geometry metres) {
		Geometry dense = (metres.getDimension() == 0) ? metres.copy() : Densifier.densify(metres.copy(), METRE_STEP);
		dense.apply(new Transform(false));
		dense.geometryChanged();
		return dense;
	}

	Coordinate toMetres(double lon, double lat) {
		double phi = Math.toRadians(lat);
		double dLambda = Math.toRadians(lon) - this.lon0;
		double c = Earth.centralAngle(this.lonDegrees, this.latDegrees, lon, lat);
		double azimuth = Math.atan2(Math.sin(dLambda) * Math.cos(phi),
				this.cosLat0 * Math.sin(phi) - this.sinLat0 * Math.cos(phi) * Math.cos(dLambda));
		double rho = c * Earth.RADIUS_M;
		return new Coordinate(rho * Math.sin(azimuth), rho * Math.cos(azimuth));
	}

	Coordinate toDegrees(double x, double y) {
		double c = Math.hypot(x, y) / Earth.RADIUS_M;
		double azimuth = Math.atan2(x, y);
		double phi = Math.asin(this.sinLat0 * Math.cos(c) + this.cosLat0 * Math.sin(c) * Math.cos(azimuth));
		double lambda = this.lon0 + Math.atan2(Math.sin(azimuth) * Math.sin(c) * this.cosLat0,
				Math.cos(c) - this.sinLat0 * Math.sin(phi));
		return new Coordinate(Math.toDegrees(lambda), Math.toDegrees(phi));
	}

	private final class Transform implements CoordinateSequenceFilter {

		private final boolean forward;

		Transform(boolean forward) {
			this.forward = forward;
		}

		@Override
		public void filter(CoordinateSequence sequence, int i) {
			Coordinate c = this.forward ? toMetres(sequence.getX(i), sequence.getY(i))
					: toDegrees(sequence.getX(i), sequence.getY(i));
			sequence.setOrdinate(i, 0, c.x);
			sequence.setOrdinate(i, 1, c.y);
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}

	}

}
