package org.raqib.server.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.AgreementDefinition.Counted;
import org.raqib.server.agreement.AgreementDefinition.ObligationTerms;
import org.raqib.server.agreement.AgreementDefinition.Phase;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.agreement.compliance.Assessment;
import org.raqib.server.agreement.compliance.Compliance;
import org.raqib.server.agreement.compliance.Obligation;
import org.raqib.server.agreement.compliance.Selection;
import org.raqib.server.agreement.compliance.Window;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * An agreement's obligations judged by the compliance engine, in the version of the agreement in force in
 * the view asked for: now, as recorded up to a log index, or as of an event time.
 */
@Service
public class AgreementCompliance {

	/** An obligation as written, with its assessment. */
	public record Judged(ObligationTerms terms, Assessment assessment) {
	}

	/** Every obligation of the version in force in the view. */
	public record Report(Agreements.Version version, AsOf asOf, List<Judged> obligations) {
	}

	private final Agreements agreements;

	private final Compliance compliance;

	private final LogReader reader;

	private final Clock clock;

	AgreementCompliance(Agreements agreements, Compliance compliance, LogReader reader, Clock clock) {
		this.agreements = agreements;
		this.compliance = compliance;
		this.reader = reader;
		this.clock = clock;
	}

	/**
	 * The view a request asks for: {@code asOfIndex} (as recorded up to that entry) or {@code asOfTime} (an
	 * event time), at most one of them; neither is now.
	 */
	public AsOf view(String agreement, @Nullable Long asOfIndex, @Nullable Instant asOfTime) {
		if (asOfIndex != null && asOfTime != null) {
			throw InvalidInput.of("asOfTime", "agreement.as-of.both");
		}
		if (asOfIndex != null) {
			long size = this.reader.summary(agreement).size();
			if (asOfIndex < 0 || asOfIndex >= size) {
				throw InvalidInput.of("asOfIndex", "agreement.as-of.index", size - 1);
			}
			return AsOf.recordedUpTo(asOfIndex, this.reader.entry(agreement, asOfIndex).recordedAt());
		}
		return asOfTime != null ? AsOf.eventTime(asOfTime) : AsOf.latest(this.clock.instant());
	}

	public Report report(String agreement, AsOf asOf) {
		return report(agreement, asOf, this.agreements.versions(agreement));
	}

	/** The report over the agreement's versions already read (a page that shows them reads them once). */
	public Report report(String agreement, AsOf asOf, List<Agreements.Version> versions) {
		Agreements.Version version = Agreements.inForce(versions, asOf)
			.orElseThrow(() -> new org.raqib.server.system.NotFound("agreement " + agreement));
		AgreementDefinition definition = version.definition();
		Moments moments = Moments.of(definition);
		var obligations = new ArrayList<Obligation>();
		definition.obligations().forEach(terms -> obligations.add(obligation(definition, moments, terms)));
		List<Assessment> assessed = this.compliance.assess(agreement, ZoneId.of(definition.timeZone()), obligations,
				asOf);
		var judged = new ArrayList<Judged>();
		for (int i = 0; i < obligations.size(); i++) {
			judged.add(new Judged(definition.obligations().get(i), assessed.get(i)));
		}
		return new Report(version, asOf, judged);
	}

	/** The obligations of a definition as the engine judges them, their windows resolved to instants. */
	public static List<Obligation> obligations(AgreementDefinition definition) {
		Moments moments = Moments.of(definition);
		return definition.obligations().stream().map(terms -> obligation(definition, moments, terms)).toList();
	}

	static Obligation obligation(AgreementDefinition definition, Moments moments, ObligationTerms t) {
		Window window = window(definition, moments, t);
		Selection counted = selection(t.count());
		switch (t.kind()) {
			case "quota":
				return new Obligation.Quota(t.id(), t.provision(), t.responsible(), window, counted, t.atLeast(),
						"day".equals(t.per()) ? Obligation.Period.DAY : Obligation.Period.WINDOW, t.unit());
			case "ratio":
				return new Obligation.Ratio(t.id(), t.provision(), t.responsible(), window, counted,
						selection(t.forEach()), t.ratio(), t.groupBy());
			case "total":
				return new Obligation.Total(t.id(), t.provision(), t.responsible(), window, counted, t.atLeast(), t.unit());
			case "deadline":
				return deadline(moments, t, window, counted);
			case "zone-restriction":
				return new Obligation.ZoneRestriction(t.id(), t.provision(), t.responsible(), window, counted, t.zone());
			default:
				return new Obligation.Cessation(t.id(), t.provision(), t.responsible(), window, counted);
		}
	}

	private static Obligation deadline(Moments moments, ObligationTerms t, Window window, Selection done) {
		if ("ahead-of".equals(t.timing())) {
			return new Obligation.Deadline(t.id(), t.provision(), t.responsible(), window, done,
					Obligation.Timing.AHEAD_OF, null, selection(t.beforeEach()), Moments.lead(t.lead()), t.matchOn());
		}
		boolean doneBy = "done-by".equals(t.timing());
		Instant at = doneBy ? moments.end(t.at()) : moments.start(t.at());
		return new Obligation.Deadline(t.id(), t.provision(), t.responsible(), window, done,
				doneBy ? Obligation.Timing.DONE_BY : Obligation.Timing.NOT_BEFORE, at, null, null, null);
	}

	/** A phase's span, or from and until; an obligation without a start applies from entry into force. */
	private static Window window(AgreementDefinition definition, Moments moments, ObligationTerms t) {
		if (t.during() != null) {
			Phase phase = definition.phase(t.during()).orElseThrow();
			return new Window(moments.start(phase.start()), moments.end(phase.end()));
		}
		Instant start = t.from() == null ? moments.entryIntoForce() : moments.start(t.from());
		return new Window(start, t.until() == null ? null : moments.end(t.until()));
	}

	private static @Nullable Selection selection(@Nullable Counted counted) {
		return counted == null ? null : new Selection(counted.measure(), counted.where());
	}

}
