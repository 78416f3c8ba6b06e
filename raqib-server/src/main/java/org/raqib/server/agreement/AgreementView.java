package org.raqib.server.agreement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Party;
import org.raqib.server.agreement.AgreementDefinition.ObligationTerms;
import org.raqib.server.agreement.AgreementDefinition.Phase;
import org.raqib.server.agreement.AgreementDefinition.Provision;
import org.raqib.server.agreement.compliance.Assessment;

/**
 * What an agreement's page shows, in the reader's language: the version in force in the view asked for,
 * its parties by name, its timeline in the agreement's time and in UTC, and each obligation with its
 * status, reason, evidence and figures.
 */
record AgreementView(String id, Agreements.Version version, AgreementDefinition definition, List<PartyRow> parties,
		List<Moment> timeline, List<ObligationRow> obligations, int latestVersion) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** A party of the agreement, named in the reader's language, with its roles. */
	record PartyRow(String code, String name, List<String> roles) {
	}

	/** A point on the timeline: entry into force, a phase's start or end, a deadline. */
	record Moment(Instant at, String local, String labelKey, String subject) {
	}

	/** An obligation with its provision and its assessment. */
	record ObligationRow(ObligationTerms terms, @Nullable Provision provision, Assessment assessment, long maxFigure) {

		/** The evidence shown beside the status: the first ten entries, the rest counted. */
		public List<Long> shownEvidence() {
			return this.assessment.evidence().subList(0, Math.min(10, this.assessment.evidence().size()));
		}

		public int moreEvidence() {
			return Math.max(0, this.assessment.evidence().size() - 10);
		}

		/** The obligation's terms in words: a message key of {@code agreement.terms.*}. */
		public String termsKey() {
			ObligationTerms t = this.terms;
			switch (t.kind()) {
				case "quota":
					return "agreement.terms.quota." + t.per();
				case "deadline":
					return "agreement.terms." + t.timing();
				default:
					return "agreement.terms." + t.kind();
			}
		}

		public Object[] termsArguments() {
			ObligationTerms t = this.terms;
			switch (t.kind()) {
				case "quota":
				case "total":
					return new Object[] { t.atLeast(), t.unit() };
				case "ratio":
					return new Object[] { t.ratio() };
				case "deadline":
					return new Object[] { "ahead-of".equals(t.timing()) ? t.lead() : t.at() };
				case "zone-restriction":
					return new Object[] { t.zone() };
				default:
					return new Object[0];
			}
		}

		/** What it counts, as the file says it: {@code aid.trucks: cargo=fuel, stage=crossed}. */
		public String counted() {
			var where = new java.util.StringJoiner(", ");
			this.terms.count().where().forEach((k, v) -> where.add(k + "=" + v));
			return this.terms.count().measure() + (where.length() == 0 ? "" : ": " + where);
		}

		public String statusKey() {
			return "compliance.status." + this.assessment.status().name();
		}

		public String statusClass() {
			return this.assessment.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	static AgreementView of(Agreements.Version version, AgreementCompliance.Report report, Function<String, @Nullable Party> parties,
			Locale locale, int latestVersion) {
		AgreementDefinition d = version.definition();
		var partyRows = d.parties().stream()
			.map(p -> {
				Party party = parties.apply(p.party());
				return new PartyRow(p.party(), party == null ? p.party() : party.name(locale), p.roles());
			})
			.toList();
		var rows = new ArrayList<ObligationRow>();
		for (AgreementCompliance.Judged judged : report.obligations()) {
			long max = judged.assessment().figures().stream().mapToLong(f -> Math.max(f.value(), f.target())).max()
				.orElse(0);
			rows.add(new ObligationRow(judged.terms(), d.provision(judged.terms().provision()).orElse(null),
					judged.assessment(), max));
		}
		return new AgreementView(version.agreement(), version, d, partyRows, timeline(d), rows, latestVersion);
	}

	static List<Moment> timeline(AgreementDefinition d) {
		Moments moments = Moments.of(d);
		ZoneId zone = ZoneId.of(d.timeZone());
		var result = new ArrayList<Moment>();
		Function<Instant, String> local = at -> LOCAL.format(at.atZone(zone));
		result.add(new Moment(moments.entryIntoForce(), local.apply(moments.entryIntoForce()),
				"agreement.timeline.entry-into-force", ""));
		for (Phase phase : d.phases()) {
			Instant start = moments.start(phase.start());
			Instant end = moments.end(phase.end());
			if (start != null) {
				result.add(new Moment(start, local.apply(start), "agreement.timeline.phase-start", phase.id()));
			}
			if (end != null) {
				result.add(new Moment(end, local.apply(end), "agreement.timeline.phase-end", phase.id()));
			}
		}
		for (ObligationTerms t : d.obligations()) {
			if ("deadline".equals(t.kind()) && t.at() != null) {
				Instant at = "done-by".equals(t.timing()) ? moments.end(t.at()) : moments.start(t.at());
				if (at != null) {
					result.add(new Moment(at, local.apply(at), "agreement.timeline." + t.timing(), t.id()));
				}
			}
		}
		result.sort(Comparator.comparing(Moment::at));
		return result;
	}

	/** A party's name in the reader's language, or its code when it is not a party of the agreement. */
	public String partyName(String code) {
		return this.parties.stream().filter(p -> p.code().equals(code)).map(PartyRow::name).findFirst().orElse(code);
	}

	/** A phase's name in the reader's language, for timeline rows that name a phase. */
	public String phaseName(String phaseId, Locale locale) {
		return this.definition.phase(phaseId).map(p -> p.name().in(locale.getLanguage())).orElse(phaseId);
	}

	public Map<String, Long> statusCounts() {
		var counts = new java.util.TreeMap<String, Long>();
		this.obligations.forEach(o -> counts.merge(o.assessment().status().name(), 1L, Long::sum));
		return counts;
	}

}
