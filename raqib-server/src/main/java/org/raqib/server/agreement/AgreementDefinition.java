package org.raqib.server.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An agreement as its file defines it, and as its {@code agreement.defined/v1} or
 * {@code agreement.amended/v1} entry records it: names, dates, parties and their roles in it, phases,
 * provisions paraphrased in both languages, obligations, and its geography (GeoJSON, verbatim).
 * Times stay as written ({@code day 16}, {@code 2025-01-19T08:30}); {@link Moments} resolves them in the
 * agreement's time zone.
 *
 * @param entryIntoForce local date and time in {@code timeZone}, e.g. {@code 2025-01-19T08:30}.
 */
public record AgreementDefinition(String id, Names name, LocalDate signed, String timeZone, String entryIntoForce,
		String status, List<SourceDocument> sources, List<AgreementParty> parties, List<Phase> phases,
		List<Provision> provisions, List<ObligationTerms> obligations, List<Names> notes,
		@Nullable String geography) {

	public static final List<String> STATUSES = List.of("draft", "signed", "in-force", "suspended", "ended");

	public static final List<String> ROLES = List.of("side", "mediator", "guarantor", "intermediary", "monitor",
			"agency");

	public AgreementDefinition {
		sources = List.copyOf(sources);
		parties = List.copyOf(parties);
		phases = List.copyOf(phases);
		provisions = List.copyOf(provisions);
		obligations = List.copyOf(obligations);
		notes = List.copyOf(notes);
	}

	/** A text in both languages. */
	public record Names(String en, String ar) {

		public String in(String language) {
			return "ar".equals(language) ? this.ar : this.en;
		}

	}

	public record SourceDocument(String title, @Nullable LocalDate date, String link) {
	}

	/** A party (by its global code) and its roles in this agreement. */
	public record AgreementParty(String party, List<String> roles) {

		public AgreementParty {
			roles = List.copyOf(roles);
		}

	}

	/** A phase; its start and end are moments as written ({@code day 16}, a date, a date and time). */
	public record Phase(String id, Names name, String start, String end) {
	}

	/** What the agreement says, paraphrased briefly in both languages, with where it says it. */
	public record Provision(String id, Names text, String source) {
	}

	/** The facts an obligation counts: a measure and the value each named dimension must have. */
	public record Counted(String measure, Map<String, String> where) {

		/** Sorted, so the definition is written the same way in every process (a replay compares it). */
		public Counted {
			where = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(where));
		}

	}

	/**
	 * An obligation as written. {@code kind} says which of the optional fields apply: {@code quota}
	 * ({@code count}, {@code atLeast}, {@code per}, {@code unit}), {@code ratio} ({@code count},
	 * {@code forEach}, {@code ratio}, {@code groupBy}), {@code total} ({@code count}, {@code atLeast},
	 * {@code unit}), {@code deadline} ({@code timing}, {@code count}, {@code at}, {@code beforeEach},
	 * {@code lead}, {@code matchOn}), {@code zone-restriction} ({@code count}, {@code zone}) and
	 * {@code cessation} ({@code count}). When it applies: a phase ({@code during}) or {@code from} and
	 * {@code until}.
	 */
	public record ObligationTerms(String id, String kind, String provision, String responsible,
			@Nullable String during, @Nullable String from, @Nullable String until, Counted count,
			@Nullable Long atLeast, @Nullable String per, @Nullable String unit, @Nullable Counted forEach,
			@Nullable Long ratio, @Nullable String groupBy, @Nullable String timing, @Nullable String at,
			@Nullable Counted beforeEach, @Nullable String lead, @Nullable String matchOn, @Nullable String zone) {
	}

	public Optional<Phase> phase(String phaseId) {
		return this.phases.stream().filter(p -> p.id().equals(phaseId)).findFirst();
	}

	public Optional<Provision> provision(String provisionId) {
		return this.provisions.stream().filter(p -> p.id().equals(provisionId)).findFirst();
	}

	public boolean hasParty(String code) {
		return this.parties.stream().anyMatch(p -> p.party().equals(code));
	}

}
