package org.raqib.server.report;

import org.raqib.server.system.RaqibProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Drafts each agreement's daily report once its cut-off has passed, checking every minute; not while a
 * command runs instead of the server, nor when {@code raqib.report.auto-draft} is false.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportSchedule {

	private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

	private final DailyReports reports;

	private final boolean enabled;

	ReportSchedule(DailyReports reports, ReportProperties properties, RaqibProperties raqib) {
		this.reports = reports;
		this.enabled = Boolean.TRUE.equals(properties.autoDraft()) && !raqib.command();
	}

	@Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT1M")
	void draftDue() {
		if (!this.enabled) {
			return;
		}
		try {
			this.reports.draftDue();
		}
		catch (RuntimeException ex) {
			log.warn("Drafting the daily reports failed; tried again in a minute", ex);
		}
	}

}
