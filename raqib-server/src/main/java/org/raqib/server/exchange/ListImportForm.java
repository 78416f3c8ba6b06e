package org.raqib.server.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;

/**
 * The import form's values as typed, kept to show again: the list's identifier, round, party, legal
 * basis, retention date and when it was handed over ({@code datetime-local} in the agreement's zone).
 */
record ListImportForm(String listId, String round, String party, String legalBasis, String retainUntil,
		String handedOverAt) {

	static final Pattern LIST_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	ListImportForm(@Nullable String listId, @Nullable String round, @Nullable String party,
			@Nullable String legalBasis, @Nullable String retainUntil, @Nullable String handedOverAt) {
		this.listId = strip(listId);
		this.round = strip(round);
		this.party = strip(party);
		this.legalBasis = strip(legalBasis);
		this.retainUntil = strip(retainUntil);
		this.handedOverAt = strip(handedOverAt);
	}

	static ListImportForm blank(String party) {
		return new ListImportForm("", "", party, "", "", "");
	}

	/** The values a submission needs, typed. */
	record Values(String listId, int round, String party, LegalBasis legalBasis, LocalDate retainUntil,
			Instant handedOverAt) {

		ListSubmission with(List<ListedPerson> persons) {
			return new ListSubmission(this.listId, this.round, this.party, this.legalBasis, this.retainUntil,
					this.handedOverAt, persons);
		}

	}

	/** The typed values, or every field's problem at once. */
	Values values(ZoneId zone, LocalDate today) {
		var problems = new ArrayList<FieldProblem>();
		if (!LIST_ID.matcher(this.listId).matches()) {
			problems.add(problem("listId", "exchange.import.list-id.pattern"));
		}
		Integer round = roundNumber();
		if (round == null) {
			problems.add(problem("round", "exchange.import.round.pattern"));
		}
		if (this.party.isEmpty()) {
			problems.add(problem("party", "exchange.import.party.required"));
		}
		Optional<LegalBasis> basis = Arrays.stream(LegalBasis.values()).filter(b -> b.code().equals(this.legalBasis)).findFirst();
		if (basis.isEmpty()) {
			problems.add(problem("legalBasis", "exchange.import.legal-basis.required"));
		}
		LocalDate retain = date(this.retainUntil);
		if (retain == null || !retain.isAfter(today)) {
			problems.add(problem("retainUntil", "exchange.import.retain-until.pattern"));
		}
		Instant handedOver = moment(this.handedOverAt, zone);
		if (handedOver == null) {
			problems.add(problem("handedOverAt", "exchange.import.handed-over-at.pattern"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Values(this.listId, round, this.party, basis.orElseThrow(), retain, handedOver);
	}

	private @Nullable Integer roundNumber() {
		try {
			int round = Integer.parseInt(this.round);
			return round >= 1 ? round : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable Instant moment(String text, ZoneId zone) {
		try {
			return LocalDateTime.parse(text).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static FieldProblem problem(String field, String code) {
		return new FieldProblem(field, code, List.of());
	}

	private static String strip(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

}
