package org.raqib.text;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What a search of the news index answers: the stories found, best first, and the facets of every match. */
public record ArticleSearch(long total, List<Story> stories, Map<String, List<Facet>> facets) {

	public static final List<String> FACETS = List.of("source", "entity", "measure", "day");

	public ArticleSearch {
		stories = List.copyOf(stories);
		facets = Map.copyOf(facets);
	}

	/**
	 * One matching article.
	 * @param snippet the best passage, HTML-escaped, with the matched words in {@code <mark>}.
	 */
	public record Hit(String id, String source, String title, String language, @Nullable Instant published,
			String snippet, String story) {

		Hit withSnippet(String snippet) {
			return new Hit(this.id, this.source, this.title, this.language, this.published, snippet, this.story);
		}

	}

	/** Near-duplicates shown once: the best hit, the other hits of the story, and every source that ran it. */
	public record Story(String id, Hit best, List<Hit> others, List<String> sources) {

		public Story {
			others = List.copyOf(others);
			sources = List.copyOf(sources);
		}

	}

	public record Facet(String value, int count) {
	}

}
