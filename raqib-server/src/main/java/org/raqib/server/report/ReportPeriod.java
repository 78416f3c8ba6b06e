package org.raqib.server.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.raqib.server.agreement.AgreementDefinition;

/**
 * What a daily report covers: from the previous day's cut-off to this day's, in the agreement's time
 * zone; {@code previousFrom} opens the period before it, for comparisons.
 */
public record ReportPeriod(String agreement, AgreementDefinition definition, ZoneId zone, LocalDate day, Instant from,
		Instant until, Instant previousFrom) {

}
