package org.raqib.server.osint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.raqib.text.NearDuplicates;
import org.springframework.stereotype.Component;

/**
 * Which story a new article belongs to: the story of the most similar article already read for the agreement
 * when it is a near-duplicate ({@link NearDuplicates#NEAR_DUPLICATE}), else a story of its own. Signatures are
 * kept in memory, computed from the table on first use after a start.
 */
@Component
class Stories {

	private record Known(String story, long[] signature) {
	}

	private final Map<String, Map<String, Known>> logs = new ConcurrentHashMap<>();

	private final ArticleTable articles;

	Stories(ArticleTable articles) {
		this.articles = articles;
	}

	/** The story of an article about to be stored, remembered for the articles read after it. */
	synchronized String assign(String log, String hash, String text) {
		Map<String, Known> known = this.logs.computeIfAbsent(log, this::load);
		long[] signature = NearDuplicates.signature(text);
		String story = hash;
		double best = NearDuplicates.NEAR_DUPLICATE;
		for (Known other : known.values()) {
			double similarity = NearDuplicates.similarity(signature, other.signature());
			if (similarity >= best) {
				best = similarity;
				story = other.story();
			}
		}
		known.put(hash, new Known(story, signature));
		return story;
	}

	/** Forgets what a failed ingestion remembered. */
	synchronized void forget(String log) {
		this.logs.remove(log);
	}

	private Map<String, Known> load(String log) {
		var known = new LinkedHashMap<String, Known>();
		this.articles.each(log, a -> known.put(a.hash(), new Known(a.story(), NearDuplicates.signature(a.text()))));
		return known;
	}

}
