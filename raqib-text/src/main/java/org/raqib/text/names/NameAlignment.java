package org.raqib.text.names;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Two parsed names compared part by part: given name with given name, family name with family name,
 * father with father and grandfather with grandfather, a part one name leaves out counting as missing,
 * not as different. Also tried, when the family names differ, the shorter name as the first parts of
 * the longer (a three-part name without family name), and when the given names differ, either name with
 * its first part moved to the end (family name written first). A differing given, father's or family name caps the score below a match whatever else agrees.
 */
final class NameAlignment {

	/** A score from 0 to 1 and why. */
	record Aligned(double score, Set<MatchReason> reasons) {
	}

	static final double GIVEN = 0.35;

	static final double FAMILY = 0.35;

	static final double MIDDLE = 0.30;

	/** What a name in another order keeps of its score; no other reading scores more, so none is tried past it. */
	static final double SWAPPED = 0.97;

	/** Below this similarity two parts are two names, not two spellings of one. */
	static final double AGREES = 0.8;

	/** What the middle parts score when one name has them and the other has none. */
	static final double MIDDLES_MISSING = 0.55;

	private NameAlignment() {
	}

	static Aligned of(ParsedName a, ParsedName b, PartCache parts) {
		List<NamePart> x = a.parts();
		List<NamePart> y = b.parts();
		if (x.isEmpty() || y.isEmpty()) {
			return new Aligned(0, EnumSet.noneOf(MatchReason.class));
		}
		Aligned best = inOrder(x, y, parts);
		if (x.size() < 2 || y.size() < 2 || best.score() >= SWAPPED) {
			return finish(best, a, b);
		}
		if (x.size() != y.size() && parts.of(x.get(x.size() - 1), y.get(y.size() - 1)).score() < AGREES) {
			best = better(best, prefix(x, y, parts));
		}
		if (parts.of(x.get(0), y.get(0)).score() < AGREES) {
			best = better(best, swapped(inOrder(rotate(x), y, parts)));
			best = better(best, swapped(inOrder(x, rotate(y), parts)));
		}
		return finish(best, a, b);
	}

	private static Aligned finish(Aligned best, ParsedName a, ParsedName b) {
		if (a.swapped() != b.swapped()) {
			best.reasons().add(MatchReason.ORDER_SWAPPED);
		}
		if (a.script() != b.script()) {
			best.reasons().add(MatchReason.OTHER_SCRIPT);
		}
		return best;
	}

	private static Aligned inOrder(List<NamePart> x, List<NamePart> y, PartCache parts) {
		var reasons = EnumSet.noneOf(MatchReason.class);
		PartSimilarity.Scored given = note(parts.of(x.get(0), y.get(0)), reasons);
		if (x.size() == 1 || y.size() == 1) {
			reasons.add(MatchReason.PART_MISSING);
			return capped(given.score() * 0.6, given.score(), 1, 1, reasons);
		}
		PartSimilarity.Scored family = note(parts.of(x.get(x.size() - 1), y.get(y.size() - 1)), reasons);
		List<NamePart> mx = x.subList(1, x.size() - 1);
		List<NamePart> my = y.subList(1, y.size() - 1);
		double middle;
		double worstMiddle = 1;
		if (mx.isEmpty() && my.isEmpty()) {
			middle = 1;
		}
		else if (mx.isEmpty() || my.isEmpty()) {
			middle = MIDDLES_MISSING;
			reasons.add(MatchReason.PART_MISSING);
		}
		else {
			int shared = Math.min(mx.size(), my.size());
			double sum = 0;
			for (int i = 0; i < shared; i++) {
				double s = note(parts.of(mx.get(i), my.get(i)), reasons).score();
				sum += s;
				worstMiddle = Math.min(worstMiddle, s);
			}
			middle = sum / shared;
			if (mx.size() != my.size()) {
				middle *= 0.95;
				reasons.add(MatchReason.PART_MISSING);
			}
		}
		double score = GIVEN * given.score() + FAMILY * family.score() + MIDDLE * middle;
		return capped(score, given.score(), family.score(), worstMiddle, reasons);
	}

	/** The shorter name read as the longer one's first parts: given, father, grandfather, no family name. */
	private static Aligned prefix(List<NamePart> x, List<NamePart> y, PartCache parts) {
		List<NamePart> shorter = x.size() < y.size() ? x : y;
		List<NamePart> longer = x.size() < y.size() ? y : x;
		var reasons = EnumSet.of(MatchReason.PART_MISSING);
		double sum = 0;
		double worst = 1;
		for (int i = 1; i < shorter.size(); i++) {
			double s = note(parts.of(shorter.get(i), longer.get(i)), reasons).score();
			sum += s;
			worst = Math.min(worst, s);
		}
		double given = note(parts.of(shorter.get(0), longer.get(0)), reasons).score();
		double score = 0.92 * (GIVEN * given + (1 - GIVEN) * sum / (shorter.size() - 1));
		return capped(score, given, 1, worst, reasons);
	}

	private static Aligned capped(double score, double given, double family, double middle, Set<MatchReason> reasons) {
		double capped = score;
		if (given < AGREES) {
			capped = Math.min(capped, 0.55);
			reasons.add(MatchReason.GIVEN_NAME_DIFFERS);
		}
		if (family < AGREES) {
			capped = Math.min(capped, 0.6);
			reasons.add(MatchReason.FAMILY_NAME_DIFFERS);
		}
		if (middle < AGREES) {
			capped = Math.min(capped, 0.62);
			reasons.add(MatchReason.FATHER_NAME_DIFFERS);
		}
		return new Aligned(capped, reasons);
	}

	private static PartSimilarity.Scored note(PartSimilarity.Scored scored, Set<MatchReason> reasons) {
		if (scored.variant()) {
			reasons.add(MatchReason.SPELLING_VARIANT);
		}
		if (scored.lookAlike()) {
			reasons.add(MatchReason.LOOK_ALIKE);
		}
		return scored;
	}

	private static Aligned swapped(Aligned aligned) {
		aligned.reasons().add(MatchReason.ORDER_SWAPPED);
		return new Aligned(aligned.score() * SWAPPED, aligned.reasons());
	}

	private static Aligned better(Aligned a, Aligned b) {
		return b.score() > a.score() ? b : a;
	}

	private static List<NamePart> rotate(List<NamePart> parts) {
		var rotated = new ArrayList<>(parts.subList(1, parts.size()));
		rotated.add(parts.get(0));
		return rotated;
	}

}
