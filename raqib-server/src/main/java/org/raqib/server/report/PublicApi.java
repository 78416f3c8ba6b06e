package org.raqib.server.report;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public view as JSON: an agreement's published reports, each with its entry and documents' hashes. */
@RestController
class PublicApi {

	private final PublicView view;

	PublicApi(PublicView view) {
		this.view = view;
	}

	/** A published report as the record holds it, and where its documents are. */
	record PublishedReport(String day, int number, long index, String recordedAt, String document, String pdfEn,
			String pdfAr, String csv, String page) {
	}

	@GetMapping("/api/v1/public/agreements/{id}/reports")
	List<PublishedReport> reports(@PathVariable String id) {
		this.view.log(id);
		return this.view.archive(id).stream().map(p -> {
			PublishedReports.Row e = p.entry();
			return new PublishedReport(e.day().toString(), e.number(), e.index(), e.recordedAt().toString(),
					e.document(), e.pdfEn(), e.pdfAr(), e.csv(), "/public/agreements/" + id + "/reports/" + e.day());
		}).toList();
	}

}
