package org.raqib.server.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonRef;
import org.raqib.server.person.PersonStore;
import org.raqib.server.person.Purpose;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A submitted list's persons as a CSV or XLSX file with the import's columns, for those the person store
 * lets read the party's persons for the exchange; the store audits the read with its reason.
 */
@Controller
class ListExportPages {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Agreements agreements;

	private final ExchangeLists lists;

	private final PersonStore persons;

	ListExportPages(Agreements agreements, ExchangeLists lists, PersonStore persons) {
		this.agreements = agreements;
		this.lists = lists;
		this.persons = persons;
	}

	@GetMapping("/agreements/{id}/exchange/lists/{listId}/export")
	ResponseEntity<byte[]> export(@PathVariable String id, @PathVariable String listId,
			@RequestParam(defaultValue = "csv") String format, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal RaqibUser user) {
		this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "FORMAT", "the format is csv or xlsx");
		}
		if (reason.isBlank()) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "REASON_REQUIRED", "a read of personal data states its reason");
		}
		this.lists.get(id, listId);
		List<ListMember> members = this.lists.members(id, listId);
		Map<PersonRef, PersonData> data = this.persons.read(user, id,
				members.stream().map(ListMember::ref).toList(), Purpose.EXCHANGE, reason.strip());
		List<ListExport.Line> lines = ListExport.lines(members, data);
		boolean csv = format.equals("csv");
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(listId + "." + format).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv ? ListExport.csv(lines) : ListExport.xlsx(lines));
	}

}
