package org.raqib.server.report;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A daily report in the room: its day, number and period, where it stands, and its content. */
record DailyReport(String log, LocalDate day, int number, Instant from, Instant until, State state,
		ReportContent content, Instant draftedAt, String draftedBy, @Nullable String editedBy,
		@Nullable Instant approvedAt, @Nullable String approvedBy) {

	enum State {

		DRAFT, APPROVED, PUBLISHED;

		public String messageKey() {
			return "report.state." + name();
		}

	}

	/** "Daily report 12/2025", as the OSCE numbered theirs: the n-th of the agreement's year. */
	public String numbering() {
		return this.number + "/" + this.day.getYear();
	}

}
