package org.raqib.server.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.raqib.server.system.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public view, no login: each log and its checkpoint, the verifier to download with a guide, each
 * agreement's published reports, and each report as a page, a PDF in either language, its JSON document
 * and its CSV annex, served exactly as hashed in the record.
 */
@Controller
class PublicPages {

	private final PublicView view;

	PublicPages(PublicView view) {
		this.view = view;
	}

	@GetMapping("/public")
	String home(Model model) {
		var logs = this.view.logs();
		model.addAttribute("logs", logs);
		model.addAttribute("verifyCommand", logs.isEmpty() ? verifyCommand("LOG", "VKEY")
				: verifyCommand(logs.get(0).summary().log().id(), logs.get(0).summary().log().vkey()));
		model.addAttribute("hashCommand", "sha256sum report-ar.pdf");
		return "report/public-home";
	}

	@GetMapping("/public/agreements/{id}")
	String agreement(@PathVariable String id, Model model) {
		var log = this.view.log(id);
		model.addAttribute("log", log);
		model.addAttribute("reports", this.view.archive(id));
		model.addAttribute("verifyCommand", verifyCommand(id, log.log().vkey()));
		return "report/public-agreement";
	}

	/** The verifier's command line for a log of this server, as a reader would type it. */
	static String verifyCommand(String log, String vkey) {
		String server = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return "java -jar raqib-verify.jar verify --log " + server + "/log/" + log + " --vkey " + vkey;
	}

	@GetMapping("/public/agreements/{id}/reports/{day}")
	String report(@PathVariable String id, @PathVariable String day, Model model) {
		model.addAttribute("published", this.view.report(id, day(day)));
		return "report/public-report";
	}

	@GetMapping("/public/agreements/{id}/reports/{day}/report-{language}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String day, @PathVariable String language) {
		ReportTable.Documents documents = this.view.documents(id, day(day));
		byte[] pdf = switch (language) {
			case "en" -> documents.pdfEn();
			case "ar" -> documents.pdfAr();
			default -> throw new NotFound("language " + language);
		};
		return file(pdf, MediaType.APPLICATION_PDF, id + "-" + day + "-" + language + ".pdf");
	}

	@GetMapping("/public/agreements/{id}/reports/{day}/figures.csv")
	ResponseEntity<byte[]> csv(@PathVariable String id, @PathVariable String day) {
		return file(this.view.documents(id, day(day)).csv(), new MediaType("text", "csv",
				java.nio.charset.StandardCharsets.UTF_8), id + "-" + day + "-figures.csv");
	}

	@GetMapping("/public/agreements/{id}/reports/{day}/report.json")
	ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String day) {
		return file(this.view.documents(id, day(day)).document(), MediaType.APPLICATION_JSON,
				id + "-" + day + "-report.json");
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(bytes);
	}

	static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new NotFound("report " + text);
		}
	}

}
