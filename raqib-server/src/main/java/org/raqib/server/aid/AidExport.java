package org.raqib.server.aid;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.raqib.server.access.RaqibUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The room's daily aggregates as HXL-tagged CSV (HXL 1.1: a human header row, then the hashtag row): per
 * day, crossing, stage, cargo and destination, the consignments and trucks. Aggregates only, no persons.
 */
@Controller
class AidExport {

	static final List<String> TAGS = List.of("#date+occurred", "#loc+code", "#loc+name", "#status+code",
			"#item+type", "#loc+dest", "#output+consignments", "#value+trucks", "#meta+source");

	private static final List<String> HEADERS = List.of("aid.export.date", "aid.export.crossing-code",
			"aid.export.crossing", "aid.export.stage", "aid.export.cargo", "aid.export.destination",
			"aid.export.consignments", "aid.export.trucks", "aid.export.source");

	private final AidRoom room;

	private final PipelineTable pipeline;

	private final MessageSource messages;

	AidExport(AidRoom room, PipelineTable pipeline, MessageSource messages) {
		this.room = room;
		this.pipeline = pipeline;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/aid/export.csv")
	ResponseEntity<byte[]> export(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Locale locale)
			throws IOException {
		AidPage page = this.room.page(id, user, locale);
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(HEADERS.stream().map(k -> this.messages.getMessage(k, null, locale)).toList());
			csv.printRecord(TAGS);
			String source = this.messages.getMessage("aid.export.room", null, locale);
			for (PipelineTable.Aggregate a : this.pipeline.aggregates(id)) {
				csv.printRecord(a.day(), a.crossing(), page.crossing(a.crossing()), a.stage().code(),
						a.cargo().replace(';', ' '), a.destination(), a.consignments(), a.trucks(), source);
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(id + "-aid-daily.csv").build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

}
