package org.raqib.server.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.agreement.compliance.Status;
import org.springframework.stereotype.Component;

/** The obligations whose status changed in the report's period: as of its start, and as of its cut-off. */
@Component
class ObligationSection implements ReportSection {

	private final AgreementCompliance compliance;

	ObligationSection(AgreementCompliance compliance) {
		this.compliance = compliance;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public Optional<ReportPart> draft(ReportPeriod period) {
		var before = this.compliance.report(period.agreement(), AsOf.eventTime(period.from())).obligations();
		var after = this.compliance.report(period.agreement(), AsOf.eventTime(period.until())).obligations();
		var lines = new ArrayList<ReportPart.Line>();
		var rows = new ArrayList<List<String>>();
		long breached = 0;
		for (AgreementCompliance.Judged now : after) {
			Status was = before.stream().filter(b -> b.terms().id().equals(now.terms().id())).findFirst()
				.map(b -> b.assessment().status()).orElse(Status.PENDING);
			Status is = now.assessment().status();
			breached += is == Status.BREACHED ? 1 : 0;
			if (was != is) {
				lines.add(ReportPart.Line.of("report.obligations.changed", now.terms().id(), status(was), status(is)));
				rows.add(List.of(now.terms().id(), was.name(), is.name()));
			}
		}
		var summary = List.of(ReportPart.Line.of("report.obligations.summary", lines.size(), breached, after.size()));
		if (lines.isEmpty()) {
			lines.add(ReportPart.Line.of("report.obligations.none"));
		}
		return Optional.of(new ReportPart("obligations", "report.obligations.heading", summary, lines,
				List.of("report.column.obligation", "report.column.was", "report.column.is"), rows));
	}

	private static Object status(Status status) {
		return ReportPart.Line.term("compliance.status." + status.name(), status.name());
	}

	static String local(java.time.Instant at, ZoneId zone) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(zone));
	}

}
