package org.raqib.server.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code report_published} table: every publication the record holds, fed by its entries. */
@Component
class PublishedReports {

	static final String TABLE = "report_published";

	/** A publication as recorded: its entry and the documents' hashes. */
	record Row(String log, long index, LocalDate day, int number, java.time.Instant recordedAt, String document,
			String pdfEn, String pdfAr, String csv) {
	}

	private final JdbcClient jdbc;

	PublishedReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RecordedEntry entry, Publication p) {
		this.jdbc.sql("""
				INSERT INTO report_published (log_id, idx, report_day, report_number, recorded_at, document_sha, pdf_en_sha, pdf_ar_sha, csv_sha)
				VALUES (:log, :idx, :day, :number, :recorded, :document, :pdfEn, :pdfAr, :csv)
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("day", p.day())
			.param("number", p.number())
			.param("recorded", Timestamps.utc(entry.recordedAt()))
			.param("document", p.document())
			.param("pdfEn", p.pdfEn())
			.param("pdfAr", p.pdfAr())
			.param("csv", p.csv())
			.update();
	}

	/** Every publication of a log, the latest day first. */
	List<Row> of(String log) {
		return this.jdbc.sql("SELECT * FROM report_published WHERE log_id = :log ORDER BY report_day DESC, idx DESC")
			.param("log", log)
			.query(PublishedReports::row)
			.list();
	}

	Optional<Row> find(String log, LocalDate day) {
		return this.jdbc.sql("SELECT * FROM report_published WHERE log_id = :log AND report_day = :day ORDER BY idx DESC")
			.param("log", log)
			.param("day", day)
			.query(PublishedReports::row)
			.list()
			.stream()
			.findFirst();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getString("log_id"), rs.getLong("idx"), rs.getObject("report_day", LocalDate.class),
				rs.getInt("report_number"), Timestamps.instant(rs, "recorded_at"), rs.getString("document_sha"),
				rs.getString("pdf_en_sha"), rs.getString("pdf_ar_sha"), rs.getString("csv_sha"));
	}

}
