package org.raqib.text.names;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Compares two persons: their names, in every script pair the two lists give (the best pair counts), then
 * the ID numbers and birth years when both sides have them. An agreeing ID number makes a match; a
 * conflicting one, or birth years more than a year apart, weigh heavily against.
 */
public final class NameMatcher {

	static final double ID_CONFLICT = 0.4;

	static final double BIRTH_YEAR_CONFLICT = 0.3;

	static final double BIRTH_YEAR_AGREEMENT = 0.05;

	private final NameAliases aliases;

	private final PartCache parts = new PartCache();

	public NameMatcher() {
		this(NameAliases.bundled());
	}

	NameMatcher(NameAliases aliases) {
		this.aliases = aliases;
	}

	/** A person with their names parsed once, for comparing with many. */
	public record Prepared(NameRecord record, List<ParsedName> names, @Nullable String id) {
	}

	public Prepared prepare(NameRecord record) {
		return new Prepared(record,
				record.names().stream().map(n -> ParsedName.of(n, p -> this.parts.part(p, this.aliases))).toList(),
				digits(record.idNumber()));
	}

	public NameMatch compare(NameRecord a, NameRecord b) {
		return compare(prepare(a), prepare(b));
	}

	public NameMatch compare(Prepared a, Prepared b) {
		NameAlignment.Aligned best = new NameAlignment.Aligned(0, EnumSet.noneOf(MatchReason.class));
		for (ParsedName x : a.names()) {
			for (ParsedName y : b.names()) {
				NameAlignment.Aligned aligned = NameAlignment.of(x, y, this.parts);
				if (aligned.score() > best.score()) {
					best = aligned;
				}
			}
		}
		Set<MatchReason> reasons = best.reasons();
		double score = best.score();
		if (score >= Verdict.MATCHED_FROM && reasons.stream().noneMatch(NameMatcher::against)) {
			reasons.add(MatchReason.NAMES_AGREE);
		}
		if (a.id() != null && b.id() != null) {
			if (a.id().equals(b.id())) {
				reasons.add(MatchReason.ID_AGREES);
				score = Math.max(score, Verdict.MATCHED_FROM + (1 - Verdict.MATCHED_FROM) * score);
			}
			else {
				reasons.add(MatchReason.ID_CONFLICTS);
				score -= ID_CONFLICT;
			}
		}
		score = birthYears(a.record().birthYear(), b.record().birthYear(), score, reasons);
		double bounded = Math.max(0, Math.min(1, score));
		return new NameMatch(Verdict.of(bounded), bounded, ordered(reasons));
	}

	private static double birthYears(@Nullable Integer a, @Nullable Integer b, double score, Set<MatchReason> reasons) {
		if (a == null || b == null) {
			return score;
		}
		if (Math.abs(a - b) > 1) {
			reasons.add(MatchReason.BIRTH_YEAR_CONFLICTS);
			return score - BIRTH_YEAR_CONFLICT;
		}
		if (a.equals(b)) {
			reasons.add(MatchReason.BIRTH_YEAR_AGREES);
			return score + BIRTH_YEAR_AGREEMENT;
		}
		return score;
	}

	private static boolean against(MatchReason reason) {
		return reason == MatchReason.GIVEN_NAME_DIFFERS || reason == MatchReason.FAMILY_NAME_DIFFERS
				|| reason == MatchReason.FATHER_NAME_DIFFERS;
	}

	private static List<MatchReason> ordered(Set<MatchReason> reasons) {
		return new ArrayList<>(EnumSet.copyOf(reasons.isEmpty() ? EnumSet.noneOf(MatchReason.class) : reasons));
	}

	/** The ID number's digits and letters, upper-cased, or null when it has none. */
	static @Nullable String digits(@Nullable String id) {
		if (id == null) {
			return null;
		}
		String plain = org.raqib.text.TextNormalizer.normalize(id).text().replaceAll("[^0-9A-Za-z]", "")
			.toUpperCase(java.util.Locale.ROOT);
		return plain.isEmpty() ? null : plain;
	}

}
