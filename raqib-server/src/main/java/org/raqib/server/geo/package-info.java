/**
 * The geography an agreement speaks of: zones, observation posts, crossings and named places read from
 * GeoJSON, with metric buffers and distances, a GeoJSON view for the map, and an HXL-tagged gazetteer.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.geo;
