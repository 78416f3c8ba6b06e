package org.raqib.server.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.NotFound;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * What anyone may see without logging in: each log's public state, and each agreement's published
 * reports, read back from the documents exactly as published with the entry that recorded their hashes.
 * Nothing unpublished: a draft or an approved report is not here.
 */
@Service
class PublicView {

	/** A log as the public sees it, with the names of its latest published report, if any. */
	record PublicLog(LogReader.LogSummary summary, @Nullable ReportContent latest, int published) {
	}

	/** A published report: the document as published, and its publication in the record. */
	record Published(DailyReport report, ReportContent document, PublishedReports.Row entry) {
	}

	private final LogReader reader;

	private final ReportTable table;

	private final PublishedReports published;

	private final JsonMapper json;

	PublicView(LogReader reader, ReportTable table, PublishedReports published, JsonMapper json) {
		this.reader = reader;
		this.table = table;
		this.published = published;
		this.json = json;
	}

	List<PublicLog> logs() {
		var logs = new ArrayList<PublicLog>();
		for (LogReader.LogSummary summary : this.reader.logs()) {
			List<Published> reports = archive(summary.log().id());
			logs.add(new PublicLog(summary, reports.isEmpty() ? null : reports.get(0).document(), reports.size()));
		}
		return logs;
	}

	LogReader.LogSummary log(String log) {
		return this.reader.summary(log);
	}

	/** The agreement's published reports, the latest day first. */
	List<Published> archive(String log) {
		var list = new ArrayList<Published>();
		for (DailyReport report : this.table.published(log)) {
			published(report).ifPresent(list::add);
		}
		return list;
	}

	Published report(String log, LocalDate day) {
		DailyReport report = this.table.find(log, day)
			.filter(r -> r.state() == DailyReport.State.PUBLISHED)
			.orElseThrow(() -> new NotFound("published report " + day));
		return published(report).orElseThrow(() -> new NotFound("published report " + day));
	}

	ReportTable.Documents documents(String log, LocalDate day) {
		return this.table.documents(log, day).orElseThrow(() -> new NotFound("published report " + day));
	}

	private Optional<Published> published(DailyReport report) {
		Optional<PublishedReports.Row> entry = this.published.find(report.log(), report.day());
		Optional<byte[]> published = this.table.document(report.log(), report.day());
		if (entry.isEmpty() || published.isEmpty()) {
			return Optional.empty();
		}
		ReportContent document = this.json.readValue(published.get(), ReportContent.class);
		return Optional.of(new Published(report, document, entry.get()));
	}

}
