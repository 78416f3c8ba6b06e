/**
 * Movement of people through crossings and along corridors: the room's own counts by crossing or route,
 * direction, day and category (feeding {@code movement.crossed} facts to the compliance engine), counts
 * other sources published (kept beside them, never counted), the escort rule of a crossing, and named lists
 * where the agreement needs names. Persons are named only by reference; their data lives in the person
 * module.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.movement;
