/**
 * Incidents: violation reports with the fields monitors use (time window and place with their precision,
 * ACLED's event ladder extended for ceasefires, actors, observation, casualties, sources, narrative,
 * content-addressed attachments), placed in the agreement's zones by the geo module; the workflow reported →
 * under review → verified, not verified or dismissed → published with separate duties; duplicates merged;
 * breaches of obligations confirmed by a mediator and fed to the compliance engine; the map, counts per day,
 * zone and type, CSV import and ACLED/HXL/GeoJSON exports. {@link org.raqib.server.incident.Incidents} is the
 * module's API for the other modules (the daily report, the news desk).
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.incident;
