package org.raqib.server.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.raqib.server.record.LogReader;
import org.raqib.server.record.Response;
import org.raqib.server.record.Responses;
import org.springframework.stereotype.Component;

/**
 * The disputes still standing at the cut-off: which entry, of what kind, disputed by which party and
 * when. Never the reasons: they are the room's need to know, and a published report is public.
 */
@Component
class DisputeSection implements ReportSection {

	private final Responses responses;

	private final LogReader reader;

	DisputeSection(Responses responses, LogReader reader) {
		this.responses = responses;
		this.reader = reader;
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public Optional<ReportPart> draft(ReportPeriod period) {
		List<Response> open = this.responses.disputes(period.agreement()).stream()
			.filter(r -> r.recordedAt().isBefore(period.until()))
			.toList();
		var lines = new ArrayList<ReportPart.Line>();
		var rows = new ArrayList<List<String>>();
		long fresh = open.stream().filter(r -> !r.recordedAt().isBefore(period.from())).count();
		for (Response dispute : open) {
			String kind = this.reader.entry(period.agreement(), dispute.target()).kind();
			String since = ObligationSection.local(dispute.recordedAt(), period.zone());
			lines.add(ReportPart.Line.of("report.disputes.open", dispute.target(),
					ReportPart.Line.term("kind." + kind, kind), dispute.party(), since));
			rows.add(List.of(String.valueOf(dispute.target()), kind, dispute.party(), since));
		}
		if (lines.isEmpty()) {
			lines.add(ReportPart.Line.of("report.disputes.none"));
		}
		var summary = List.of(ReportPart.Line.of("report.disputes.summary", open.size(), fresh));
		return Optional.of(new ReportPart("disputes", "report.disputes.heading", summary, lines,
				List.of("report.column.entry", "report.column.kind", "report.column.party", "report.column.since"),
				rows));
	}

}
