package org.raqib.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * One search of the news index: the query read by each field's analyzer (the unstemmed Arabic field weighs
 * most), facet filters as drill-downs, facet counts over every match, snippets from the stored text, and
 * the hits folded into their stories.
 */
final class ArticleSearcher {

	/** Hits read per story asked for: enough that a page of stories is full even when many hits share one. */
	private static final int HITS_PER_STORY = 4;

	private static final String[] TEXT_FIELDS = { SearchAnalyzers.ARABIC, SearchAnalyzers.ENGLISH };

	/** The stored fields a hit shows: not the text, which is long and read only for snippets. */
	private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(ArticleIndex.ID, ArticleIndex.SOURCE,
			ArticleIndex.TITLE, ArticleIndex.LANGUAGE, ArticleIndex.PUBLISHED, ArticleIndex.STORY);

	private static final java.util.Set<String> SOURCE_FIELD = java.util.Set.of(ArticleIndex.SOURCE);

	private final SearcherManager searchers;

	private final Analyzer analyzer;

	private final FacetsConfig config;

	private final FacetStates states;

	ArticleSearcher(SearcherManager searchers, Analyzer analyzer, FacetsConfig config, FacetStates states) {
		this.searchers = searchers;
		this.states = states;
		this.analyzer = analyzer;
		this.config = config;
	}

	static int size(SearcherManager searchers) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ArticleSearch search(String text, Map<String, String> filters, int stories) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return search(searcher, text, filters, stories);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ArticleSearch search(IndexSearcher searcher, String text, Map<String, String> filters, int stories)
			throws IOException {
		Query base = query(text);
		var drill = new DrillDownQuery(this.config, base);
		filters.forEach((dimension, value) -> {
			if (ArticleSearch.FACETS.contains(dimension) && !value.isBlank()) {
				drill.add(dimension, value);
			}
		});
		Query query = filters.isEmpty() ? base : drill;
		var collector = new FacetsCollector();
		TopDocs top = FacetsCollector.search(searcher, query, Math.max(1, stories * HITS_PER_STORY), collector);
		Map<String, List<ArticleSearch.Facet>> facets = facets(searcher.getIndexReader(), collector);
		var grouped = new LinkedHashMap<String, List<ArticleSearch.Hit>>();
		var best = new ArrayList<ScoreDoc>();
		for (ScoreDoc scored : top.scoreDocs) {
			ArticleSearch.Hit hit = hit(searcher.storedFields().document(scored.doc, HIT_FIELDS), "");
			if (grouped.size() < stories && !grouped.containsKey(hit.story())) {
				best.add(scored);
			}
			if (grouped.size() < stories || grouped.containsKey(hit.story())) {
				grouped.computeIfAbsent(hit.story(), s -> new ArrayList<>()).add(hit);
			}
		}
		// Only the hit shown for each story needs a snippet.
		String[] snippets = snippets(searcher, query, new TopDocs(top.totalHits, best.toArray(ScoreDoc[]::new)));
		var found = new ArrayList<ArticleSearch.Story>();
		int i = 0;
		for (var story : grouped.entrySet()) {
			List<ArticleSearch.Hit> hits = story.getValue();
			found.add(new ArticleSearch.Story(story.getKey(), hits.get(0).withSnippet(snippets[i++]),
					hits.subList(1, hits.size()), sources(searcher, story.getKey())));
		}
		return new ArticleSearch(top.totalHits.value, found, facets);
	}

	/** Every word in one field at least; a blank query matches everything. */
	private Query query(String text) {
		if (text.isBlank()) {
			return new MatchAllDocsQuery();
		}
		var any = new BooleanQuery.Builder();
		add(any, SearchAnalyzers.ARABIC, text, 2f);
		add(any, SearchAnalyzers.ARABIC_STEMMED, text, 1f);
		add(any, SearchAnalyzers.ENGLISH, text, 1f);
		return any.build();
	}

	private void add(BooleanQuery.Builder any, String field, String text, float boost) {
		var parser = new QueryParser(field, this.analyzer);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			Query query = parser.parse(QueryParser.escape(text.strip()));
			any.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
		}
		catch (ParseException ex) {
			// An escaped query always parses; a query of stop words only leaves nothing to add for this field.
		}
	}

	private Map<String, List<ArticleSearch.Facet>> facets(IndexReader reader, FacetsCollector collector)
			throws IOException {
		var facets = new LinkedHashMap<String, List<ArticleSearch.Facet>>();
		if (collector.getMatchingDocs().stream().allMatch(m -> m.totalHits == 0)) {
			return facets;
		}
		var state = this.states.of(reader, this.config);
		var counts = new SortedSetDocValuesFacetCounts(state, collector);
		for (String dimension : ArticleSearch.FACETS) {
			FacetResult result;
			try {
				result = counts.getTopChildren(10, dimension);
			}
			catch (IllegalArgumentException ex) {
				continue; // no article has this dimension yet
			}
			if (result != null) {
				var values = new ArrayList<ArticleSearch.Facet>();
				for (LabelAndValue lv : result.labelValues) {
					values.add(new ArticleSearch.Facet(lv.label, lv.value.intValue()));
				}
				facets.put(dimension, values);
			}
		}
		return facets;
	}

	private String[] snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
		var highlighter = UnifiedHighlighter.builder(searcher, this.analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withMaxNoHighlightPassages(1)
			.build();
		var snippets = new String[top.scoreDocs.length];
		if (snippets.length == 0) {
			return snippets;
		}
		Map<String, String[]> byField = highlighter.highlightFields(TEXT_FIELDS, query, top, new int[] { 2, 2 });
		for (int i = 0; i < snippets.length; i++) {
			String arabic = byField.get(SearchAnalyzers.ARABIC)[i];
			String english = byField.get(SearchAnalyzers.ENGLISH)[i];
			snippets[i] = arabic != null && (english == null || arabic.contains("<mark>")) ? arabic
					: english == null ? "" : english;
		}
		return snippets;
	}

	private static List<String> sources(IndexSearcher searcher, String story) throws IOException {
		TopDocs members = searcher.search(new TermQuery(new Term(ArticleIndex.STORY, story)), 100);
		var sources = new java.util.LinkedHashSet<String>();
		for (ScoreDoc member : members.scoreDocs) {
			sources.add(searcher.storedFields().document(member.doc, SOURCE_FIELD).get(ArticleIndex.SOURCE));
		}
		return List.copyOf(sources);
	}

	private static ArticleSearch.Hit hit(Document doc, String snippet) {
		var published = doc.getField(ArticleIndex.PUBLISHED);
		return new ArticleSearch.Hit(doc.get(ArticleIndex.ID), doc.get(ArticleIndex.SOURCE), doc.get(ArticleIndex.TITLE),
				doc.get(ArticleIndex.LANGUAGE),
				published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()), snippet,
				doc.get(ArticleIndex.STORY));
	}

}
