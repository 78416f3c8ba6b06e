package org.raqib.server.report;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A daily report as XSL-FO, the input FOP lays out: the whole page sequence right to left in Arabic
 * ({@code writing-mode="rl-tb"}), left to right in English; headings, summary bullets, lines and tables.
 * Labels come from the report's content, already in its language.
 */
final class ReportFo {

	private final DailyReport report;

	private final String language;

	private final String title;

	private final StringBuilder fo = new StringBuilder();

	/** @param title the report's title in its language: "Daily report 12/2025 · 2025-01-20". */
	ReportFo(DailyReport report, String language, String title) {
		this.report = report;
		this.language = language;
		this.title = title;
	}

	String document() {
		boolean rtl = ReportContent.arabic(this.language);
		ReportContent c = this.report.content();
		this.fo.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.append("<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" font-family=\"Amiri\" font-size=\"11pt\"")
			.append(" language=\"").append(this.language).append("\">")
			.append("<fo:layout-master-set><fo:simple-page-master master-name=\"page\" page-height=\"297mm\"")
			.append(" page-width=\"210mm\" margin=\"18mm\"><fo:region-body/></fo:simple-page-master>")
			.append("</fo:layout-master-set>")
			.append("<fo:page-sequence master-reference=\"page\" writing-mode=\"").append(rtl ? "rl-tb" : "lr-tb")
			.append("\" language=\"").append(this.language).append("\"><fo:flow flow-name=\"xsl-region-body\">");
		block("16pt", "bold", c.name(this.language));
		block("13pt", "bold", this.title);
		block("10pt", "normal", period());
		c.summary(this.language).forEach(this::bullet);
		for (ReportContent.Part part : c.parts()) {
			block("13pt", "bold", part.heading(this.language));
			part.lines(this.language).forEach(this::bullet);
			table(part.columns(this.language), part.rows());
		}
		this.fo.append("</fo:flow></fo:page-sequence></fo:root>");
		return this.fo.toString();
	}

	private String period() {
		return ObligationSection.local(this.report.from(), java.time.ZoneOffset.UTC) + " – "
				+ ObligationSection.local(this.report.until(), java.time.ZoneOffset.UTC) + " UTC";
	}

	private void block(String size, String weight, String text) {
		this.fo.append("<fo:block font-size=\"").append(size).append("\" font-weight=\"").append(weight)
			.append("\" space-before=\"6pt\" space-after=\"3pt\">").append(escape(text)).append("</fo:block>");
	}

	private void bullet(String text) {
		this.fo.append("<fo:block start-indent=\"4mm\" space-after=\"2pt\">• ").append(escape(text))
			.append("</fo:block>");
	}

	private void table(List<String> columns, List<List<String>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.fo.append("<fo:table table-layout=\"fixed\" width=\"100%\" space-before=\"4pt\" font-size=\"9pt\">")
			.append("<fo:table-header><fo:table-row>");
		columns.forEach(c -> cell(c, true));
		this.fo.append("</fo:table-row></fo:table-header><fo:table-body>");
		for (List<String> row : rows) {
			this.fo.append("<fo:table-row>");
			row.forEach(v -> cell(v, false));
			this.fo.append("</fo:table-row>");
		}
		this.fo.append("</fo:table-body></fo:table>");
	}

	private void cell(String text, boolean header) {
		this.fo.append("<fo:table-cell border=\"0.5pt solid #999999\" padding=\"2pt\"><fo:block")
			.append(header ? " font-weight=\"bold\"" : "").append(">").append(escape(text))
			.append("</fo:block></fo:table-cell>");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(ArabicShaping.shape(text), "UTF-8");
	}

}
