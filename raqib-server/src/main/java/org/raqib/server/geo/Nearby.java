package org.raqib.server.geo;

/** A feature and how far it is from the point asked about, in kilometres (0 inside a zone). */
public record Nearby<T extends Feature>(T feature, double km) {
}
