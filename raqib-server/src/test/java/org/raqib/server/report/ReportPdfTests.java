package org.raqib.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report's PDF, read back with PDFBox: Arabic comes back in logical order, in the bundled font. */
class ReportPdfTests {

	static final String SUMMARY_AR = "عبرت 600 شاحنة مساعدات، منها 50 تحمل وقوداً.";

	static final String HEADING_AR = "المساعدات حسب المعبر";

	final ReportPdf pdf = new ReportPdf();

	@Test
	void arabicTextComesBackInLogicalOrder() throws IOException {
		String text = text(this.pdf.render(report(), "ar", "التقرير اليومي 1/2025 (2025-01-20)", Instant.EPOCH));
		assertThat(text).contains(SUMMARY_AR).contains(HEADING_AR).contains("التقرير اليومي").contains("kerem-shalom");
	}

	@Test
	void englishTextComesBackAsWritten() throws IOException {
		String text = text(this.pdf.render(report(), "en", "Daily report 1/2025 (2025-01-20)", Instant.EPOCH));
		assertThat(text).contains("600 aid trucks crossed, 50 of them carrying fuel.").contains("Aid by crossing")
			.contains("Daily report 1/2025 (2025-01-20)");
	}

	@Test
	void theBundledArabicFontIsEmbedded() throws IOException {
		byte[] bytes = this.pdf.render(report(), "ar", "التقرير", Instant.EPOCH);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			var page = document.getPage(0);
			var names = new java.util.ArrayList<String>();
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				names.add(font.getName());
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
			assertThat(names).anyMatch(n -> n.contains("Amiri"));
		}
	}

	static DailyReport report() {
		var part = new ReportContent.Part("aid", "Aid by crossing", HEADING_AR, List.of("600 trucks crossed."),
				List.of("عبرت 600 شاحنة عند kerem-shalom."), List.of("Crossing", "Trucks"), List.of("المعبر", "الشاحنات"),
				List.of(List.of("kerem-shalom", "600")));
		var content = new ReportContent("Gaza ceasefire", "وقف إطلاق النار في غزة",
				List.of("600 aid trucks crossed, 50 of them carrying fuel."), List.of(SUMMARY_AR), List.of(part));
		return new DailyReport("gaza", LocalDate.parse("2025-01-20"), 1, Instant.parse("2025-01-19T17:30:00Z"),
				Instant.parse("2025-01-20T17:30:00Z"), DailyReport.State.APPROVED, content, Instant.EPOCH, "system",
				null, null, null);
	}

	/** The text, with Arabic presentation forms (how shaped glyphs may map back) folded to their letters. */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
		}
	}

}
