package org.raqib.server.report;

import java.util.List;

/**
 * A daily report's content in both languages, as drafted and then edited: the agreement's names, the
 * summary bullets, and each part with its lines and figures. Kept as JSON; published as that JSON.
 */
record ReportContent(String nameEn, String nameAr, List<String> summaryEn, List<String> summaryAr, List<Part> parts) {

	ReportContent {
		summaryEn = List.copyOf(summaryEn);
		summaryAr = List.copyOf(summaryAr);
		parts = List.copyOf(parts);
	}

	/** A part, resolved in both languages; {@code rows} are the figures, as the CSV annex has them. */
	record Part(String id, String headingEn, String headingAr, List<String> linesEn, List<String> linesAr,
			List<String> columnsEn, List<String> columnsAr, List<List<String>> rows) {

		Part {
			linesEn = List.copyOf(linesEn);
			linesAr = List.copyOf(linesAr);
			columnsEn = List.copyOf(columnsEn);
			columnsAr = List.copyOf(columnsAr);
			rows = rows.stream().map(List::copyOf).toList();
		}

		public String heading(String language) {
			return arabic(language) ? this.headingAr : this.headingEn;
		}

		public List<String> lines(String language) {
			return arabic(language) ? this.linesAr : this.linesEn;
		}

		public List<String> columns(String language) {
			return arabic(language) ? this.columnsAr : this.columnsEn;
		}

	}

	public String name(String language) {
		return arabic(language) ? this.nameAr : this.nameEn;
	}

	public List<String> summary(String language) {
		return arabic(language) ? this.summaryAr : this.summaryEn;
	}

	ReportContent withSummary(List<String> en, List<String> ar) {
		return new ReportContent(this.nameEn, this.nameAr, en, ar, this.parts);
	}

	static boolean arabic(String language) {
		return "ar".equals(language);
	}

}
