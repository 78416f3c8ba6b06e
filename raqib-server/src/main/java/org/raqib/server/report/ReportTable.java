package org.raqib.server.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The {@code report_daily} table: the room's daily reports and, once published, their documents. */
@Component
class ReportTable {

	/** The documents a publication serves, exactly as hashed. */
	record Documents(byte[] document, byte[] pdfEn, byte[] pdfAr, byte[] csv) {
	}

	private static final String COLUMNS = """
			log_id, report_day, report_number, period_from, period_until, state, content, drafted_at, drafted_by, edited_by,
			approved_at, approved_by""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ReportTable(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Inserts a draft, unless the day has a report already: false then. */
	boolean insert(DailyReport r) {
		if (find(r.log(), r.day()).isPresent()) {
			return false;
		}
		this.jdbc.sql("INSERT INTO report_daily (" + COLUMNS + """
				) VALUES (:log, :day, :number, :from, :until, :state, :content, :draftedAt, :draftedBy, NULL, NULL, NULL)
				""")
			.param("log", r.log())
			.param("day", r.day())
			.param("number", r.number())
			.param("from", Timestamps.utc(r.from()))
			.param("until", Timestamps.utc(r.until()))
			.param("state", r.state().name())
			.param("content", this.json.writeValueAsString(r.content()))
			.param("draftedAt", Timestamps.utc(r.draftedAt()))
			.param("draftedBy", r.draftedBy())
			.update();
		return true;
	}

	/** Drafts a draft's content again from the record; only while it is a draft. */
	boolean redraft(String log, LocalDate day, ReportContent content, Instant at, String by) {
		return this.jdbc.sql("""
				UPDATE report_daily SET content = :content, drafted_at = :at, drafted_by = :by, edited_by = NULL
				WHERE log_id = :log AND report_day = :day AND state = 'DRAFT'
				""")
			.param("content", this.json.writeValueAsString(content))
			.param("at", Timestamps.utc(at))
			.param("by", by)
			.param("log", log)
			.param("day", day)
			.update() == 1;
	}

	/** A mediator's edit of a draft's content; only while it is a draft. */
	boolean edit(String log, LocalDate day, ReportContent content, String by) {
		return this.jdbc.sql("""
				UPDATE report_daily SET content = :content, edited_by = :by
				WHERE log_id = :log AND report_day = :day AND state = 'DRAFT'
				""")
			.param("content", this.json.writeValueAsString(content))
			.param("by", by)
			.param("log", log)
			.param("day", day)
			.update() == 1;
	}

	boolean approve(String log, LocalDate day, Instant at, String by) {
		return this.jdbc.sql("""
				UPDATE report_daily SET state = 'APPROVED', approved_at = :at, approved_by = :by
				WHERE log_id = :log AND report_day = :day AND state = 'DRAFT'
				""")
			.param("at", Timestamps.utc(at))
			.param("by", by)
			.param("log", log)
			.param("day", day)
			.update() == 1;
	}

	boolean publish(String log, LocalDate day, Documents documents) {
		return this.jdbc.sql("""
				UPDATE report_daily SET state = 'PUBLISHED', document = :document, pdf_en = :pdfEn, pdf_ar = :pdfAr,
				  csv = :csv
				WHERE log_id = :log AND report_day = :day AND state = 'APPROVED'
				""")
			.param("document", documents.document())
			.param("pdfEn", documents.pdfEn())
			.param("pdfAr", documents.pdfAr())
			.param("csv", documents.csv())
			.param("log", log)
			.param("day", day)
			.update() == 1;
	}

	Optional<DailyReport> find(String log, LocalDate day) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_daily WHERE log_id = :log AND report_day = :day")
			.param("log", log)
			.param("day", day)
			.query(this::row)
			.optional();
	}

	/** The agreement's reports, the latest day first. */
	List<DailyReport> of(String log, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_daily WHERE log_id = :log ORDER BY report_day DESC")
			.param("log", log)
			.query(this::row)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** The agreement's published reports, the latest day first. */
	List<DailyReport> published(String log) {
		return this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM report_daily WHERE log_id = :log AND state = 'PUBLISHED' ORDER BY report_day DESC")
			.param("log", log)
			.query(this::row)
			.list();
	}

	Optional<Documents> documents(String log, LocalDate day) {
		return this.jdbc.sql("""
				SELECT document, pdf_en, pdf_ar, csv FROM report_daily
				WHERE log_id = :log AND report_day = :day AND state = 'PUBLISHED'
				""")
			.param("log", log)
			.param("day", day)
			.query((rs, n) -> new Documents(rs.getBytes("document"), rs.getBytes("pdf_en"), rs.getBytes("pdf_ar"),
					rs.getBytes("csv")))
			.optional();
	}

	/** The JSON document of a published report, alone (without its PDFs and CSV). */
	Optional<byte[]> document(String log, LocalDate day) {
		return this.jdbc.sql("""
				SELECT document FROM report_daily WHERE log_id = :log AND report_day = :day AND state = 'PUBLISHED'
				""")
			.param("log", log)
			.param("day", day)
			.query((rs, n) -> rs.getBytes("document"))
			.optional();
	}

	/** How many reports the agreement has for the days of a year before this one: the next number is one more. */
	int countBefore(String log, LocalDate day) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM report_daily WHERE log_id = :log AND report_day < :day AND report_day >= :yearStart
				""")
			.param("log", log)
			.param("day", day)
			.param("yearStart", day.withDayOfYear(1))
			.query(Integer.class)
			.single();
	}

	private DailyReport row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DailyReport(rs.getString("log_id"), rs.getObject("report_day", LocalDate.class), rs.getInt("report_number"),
				Timestamps.instant(rs, "period_from"), Timestamps.instant(rs, "period_until"),
				DailyReport.State.valueOf(rs.getString("state")),
				this.json.readValue(rs.getString("content"), ReportContent.class), Timestamps.instant(rs, "drafted_at"),
				rs.getString("drafted_by"), rs.getString("edited_by"), Timestamps.instant(rs, "approved_at"),
				rs.getString("approved_by"));
	}

}
