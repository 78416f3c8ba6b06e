package org.raqib.text.names;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parts and part similarities remembered: lists reuse a few hundred given and family names, so most comparisons of
 * two persons compare parts compared before. Bounded: past {@link #LIMIT} pairs, new ones are computed
 * and not kept. Safe for the parallel scoring of a reconciliation.
 */
final class PartCache {

	static final int LIMIT = 500_000;

	private final Map<String, PartSimilarity.Scored> known = new ConcurrentHashMap<>();

	private final Map<String, NamePart> parts = new ConcurrentHashMap<>();

	/** The part a normalised text makes, made once. */
	NamePart part(String text, NameAliases aliases) {
		NamePart part = this.parts.get(text);
		if (part == null) {
			part = NamePart.of(text, aliases);
			if (this.parts.size() < LIMIT) {
				this.parts.put(text, part);
			}
		}
		return part;
	}

	PartSimilarity.Scored of(NamePart a, NamePart b) {
		String key = a.text() + '\u0000' + b.text();
		PartSimilarity.Scored scored = this.known.get(key);
		if (scored == null) {
			scored = PartSimilarity.of(a, b);
			if (this.known.size() < LIMIT) {
				this.known.put(key, scored);
			}
		}
		return scored;
	}

}
