/**
 * Aid and crossings: consignments of trucks from registration to delivery (each step an entry signed by the
 * party whose monitor, agency, liaison or mediator recorded it), the trucks each stage counts for the
 * agreement's daily quotas, the crossing board, and the counts other sources publish, kept beside the
 * room's own without overriding it.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.aid;
