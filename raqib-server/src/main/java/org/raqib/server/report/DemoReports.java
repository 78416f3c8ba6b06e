package org.raqib.server.report;

import java.time.LocalDate;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's daily reports of the Gaza agreement, once the other modules' demo data is in: the report
 * of 20 January 2025 drafted, approved and published by the demo mediator, and the next day's left a
 * draft, to edit.
 */
@Component
@Order(10)
class DemoReports implements ApplicationRunner {

	static final String LOG = "gaza-2025";

	static final LocalDate PUBLISHED = LocalDate.parse("2025-01-20");

	static final LocalDate DRAFT = LocalDate.parse("2025-01-21");

	private final RaqibProperties properties;

	private final DailyReports reports;

	private final UserAdministration users;

	private final Agreements agreements;

	DemoReports(RaqibProperties properties, DailyReports reports, UserAdministration users, Agreements agreements) {
		this.properties = properties;
		this.reports = reports;
		this.users = users;
		this.agreements = agreements;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo() || this.properties.command() || !this.agreements.exists(LOG)
				|| !this.reports.recent(LOG).isEmpty()) {
			return;
		}
		RaqibUser mediator = this.users.byUsername("mediator").map(a -> this.users.principal(a.id())).orElse(null);
		if (mediator == null) {
			return;
		}
		this.reports.draft(LOG, PUBLISHED, mediator.getUsername());
		this.reports.approve(LOG, PUBLISHED, mediator);
		this.reports.publish(LOG, PUBLISHED, mediator);
		this.reports.draft(LOG, DRAFT, mediator.getUsername());
	}

}
