package org.raqib.server.geo;

/**
 * The Earth as a sphere of the mean radius (IUGG, 6,371.0088 km). Against the WGS84 ellipsoid this is off
 * by at most about 0.5 %, and by about 0.2 % at the latitudes of Gaza and Idlib (north-south distances come
 * out slightly long, east-west ones slightly short): about 12 m on a 6 km corridor.
 */
final class Earth {

	static final double RADIUS_M = 6_371_008.8;

	private Earth() {
	}

	/** The great-circle distance in kilometres (haversine, stable at short distances). */
	static double kilometres(double lon1, double lat1, double lon2, double lat2) {
		return centralAngle(lon1, lat1, lon2, lat2) * RADIUS_M / 1000;
	}

	static double centralAngle(double lon1, double lat1, double lon2, double lat2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
