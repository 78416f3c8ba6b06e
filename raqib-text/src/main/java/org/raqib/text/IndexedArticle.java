package org.raqib.text;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as the news index keeps it.
 *
 * @param id the caller's identifier (the server uses the article's content hash).
 * @param text the title and the body, as {@link Claims#text} makes them.
 * @param entities the codes of the entities it names (facet {@code entity}).
 * @param measures the measures its claims count (facet {@code measure}).
 * @param story the id of the story it belongs to: near-duplicates share one (its first article's id).
 */
public record IndexedArticle(String id, String source, @Nullable String url, @Nullable Instant published,
		String language, String title, String text, List<String> entities, List<String> measures, String story) {

	public IndexedArticle {
		entities = List.copyOf(entities);
		measures = List.copyOf(measures);
	}

}
