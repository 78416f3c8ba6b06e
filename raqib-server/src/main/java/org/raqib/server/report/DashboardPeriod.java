package org.raqib.server.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.raqib.server.agreement.AgreementDefinition;

/**
 * The days a dashboard draws, in the agreement's time zone: the last {@code days} days up to today, and
 * the same number of days before them (the previous period, for comparisons).
 */
public record DashboardPeriod(String agreement, AgreementDefinition definition, ZoneId zone, LocalDate today,
		int days, Instant now) {

	public LocalDate first() {
		return this.today.minusDays(this.days - 1L);
	}

	public Instant from() {
		return first().atStartOfDay(this.zone).toInstant();
	}

	public Instant until() {
		return this.today.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	/** The period of the same length just before this one. */
	public Instant previousFrom() {
		return first().minusDays(this.days).atStartOfDay(this.zone).toInstant();
	}

	public List<LocalDate> dayList() {
		var list = new ArrayList<LocalDate>();
		for (LocalDate d = first(); !d.isAfter(this.today); d = d.plusDays(1)) {
			list.add(d);
		}
		return list;
	}

	public LocalDate day(Instant at) {
		return at.atZone(this.zone).toLocalDate();
	}

}
