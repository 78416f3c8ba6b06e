package org.raqib.server.incident;

import java.time.LocalDate;

/** How many incidents of a sub-type on a local day in a zone ({@code ""}: in none of the agreement's zones). */
public record DayCount(LocalDate day, String zone, IncidentType type, long count) {
}
