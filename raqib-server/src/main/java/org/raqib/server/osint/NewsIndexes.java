package org.raqib.server.osint;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.raqib.server.system.RaqibProperties;
import org.raqib.text.ArticleIndex;
import org.raqib.text.ArticleSearch;
import org.raqib.text.EntityGazetteer;
import org.raqib.text.IndexedArticle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/**
 * The search index of each agreement's news, in {@code news-index/<agreement>} under the data directory (or in
 * memory with {@code raqib.osint.index-in-memory=true}). The tables are the truth: an index that is missing
 * or holds another number of articles than the table is rebuilt from them on use.
 */
@Service
class NewsIndexes {

	private final Map<String, ArticleIndex> indexes = new ConcurrentHashMap<>();

	private final ArticleTable articles;

	private final ClaimTable claims;

	private final Path folder;

	private final boolean inMemory;

	NewsIndexes(ArticleTable articles, ClaimTable claims, RaqibProperties properties,
			@Value("${raqib.osint.index-in-memory:false}") boolean inMemory) {
		this.articles = articles;
		this.claims = claims;
		this.folder = properties.dataDir().resolve("news-index");
		this.inMemory = inMemory;
	}

	ArticleSearch search(String log, String query, Map<String, String> filters, int stories) {
		return index(log).search(query, filters, stories);
	}

	void add(List<NewsIndexed> added) {
		added.stream().map(NewsIndexed::log).distinct().forEach(log -> {
			ArticleIndex index = index(log);
			added.stream().filter(a -> a.log().equals(log)).forEach(a -> index.add(a.article()));
			index.refresh();
		});
	}

	/** Reads every article of the log into its index again. */
	int rebuild(String log) {
		ArticleIndex index = this.indexes.computeIfAbsent(log, this::open);
		synchronized (index) {
			index.clear();
			int[] count = { 0 };
			this.articles.each(log, article -> {
				index.add(indexed(article, this.claims.ofArticle(log, article.hash())));
				count[0]++;
			});
			index.refresh();
			return count[0];
		}
	}

	private ArticleIndex index(String log) {
		ArticleIndex index = this.indexes.computeIfAbsent(log, this::open);
		if (index.size() != this.articles.count(log)) {
			rebuild(log);
		}
		return index;
	}

	private ArticleIndex open(String log) {
		return this.inMemory ? ArticleIndex.inMemory(EntityGazetteer.standard())
				: ArticleIndex.onDisk(this.folder.resolve(log), EntityGazetteer.standard());
	}

	static IndexedArticle indexed(NewsArticle a, List<NewsClaim> claims) {
		List<String> entities = org.raqib.text.Entities.find(a.text()).stream()
			.map(org.raqib.text.EntityMention::code).distinct().toList();
		return new IndexedArticle(a.hash(), a.source(), a.url(), a.published(), a.language(), a.title(), a.text(),
				entities, claims.stream().map(NewsClaim::measure).distinct().toList(), a.story());
	}

	/** An article of a log, ready for its index. */
	record NewsIndexed(String log, IndexedArticle article) {
	}

	@PreDestroy
	void close() {
		this.indexes.values().forEach(ArticleIndex::close);
		this.indexes.clear();
	}

}
