package org.raqib.server.osint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.InvalidInput;
import org.raqib.text.Article;
import org.raqib.text.Articles;
import org.raqib.text.Claim;
import org.raqib.text.Claims;
import org.raqib.text.TextException;
import org.raqib.tlog.Hashes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads news into an agreement's desk: a file's articles (any layout the text module reads), each stored once
 * with its claims and its story, then indexed. A file is read whole before anything is stored: one that cannot
 * be read stores nothing, and the problem names the file and the place in it.
 */
@Service
public class Ingesting {

	/** What reading one input did. */
	public record Summary(int read, int added, int known, int claims) {

		public Summary plus(Summary other) {
			return new Summary(this.read + other.read, this.added + other.added, this.known + other.known,
					this.claims + other.claims);
		}

	}

	public static final Summary NOTHING = new Summary(0, 0, 0, 0);

	private final Agreements agreements;

	private final ArticleTable articles;

	private final ClaimTable claims;

	private final Stories stories;

	private final NewsIndexes indexes;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Ingesting(Agreements agreements, ArticleTable articles, ClaimTable claims, Stories stories, NewsIndexes indexes,
			TransactionTemplate transactions, Clock clock) {
		this.agreements = agreements;
		this.articles = articles;
		this.claims = claims;
		this.stories = stories;
		this.indexes = indexes;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @param name the file, feed or upload name: the source of articles that name none, and where they were read.
	 * @throws InvalidInput {@code agreement} for an unknown agreement, {@code file} for an unreadable input.
	 */
	public Summary ingest(String log, byte[] bytes, String name) {
		ZoneId zone = zone(log);
		List<Article> read;
		try {
			read = Articles.read(bytes, name);
		}
		catch (TextException ex) {
			throw InvalidInput.of("file", "osint.file.unreadable", name, ex.where(), ex.getMessage());
		}
		var added = new ArrayList<NewsIndexes.NewsIndexed>();
		int[] counts = new int[2];
		try {
			this.transactions.executeWithoutResult(status -> {
				for (Article article : read) {
					NewsIndexes.NewsIndexed one = store(log, article, name, zone, counts);
					if (one != null) {
						added.add(one);
					}
				}
			});
		}
		catch (RuntimeException ex) {
			this.stories.forget(log);
			throw ex;
		}
		this.indexes.add(added);
		return new Summary(read.size(), added.size(), read.size() - added.size(), counts[1]);
	}

	private NewsIndexes.@Nullable NewsIndexed store(String log, Article article, String name, ZoneId zone,
			int[] counts) {
		String text = Claims.text(article);
		String hash = HexFormat.of().formatHex(Hashes.sha256((article.source() + "\n" + text)
			.getBytes(StandardCharsets.UTF_8)));
		if (this.articles.contains(log, hash)) {
			return null;
		}
		var stored = new NewsArticle(log, hash, clip(article.source(), 300), clip(article.url(), 2000),
				article.published(), article.language(), clip(article.title(), 2000), article.body(),
				this.stories.assign(log, hash, text), clip(name, 400), this.clock.instant());
		this.articles.insert(stored);
		var found = new ArrayList<NewsClaim>();
		int number = 0;
		for (Claim claim : Claims.find(article, zone)) {
			var c = new NewsClaim(log, hash, ++number, claim.measure(), claim.value(), claim.upper(),
					claim.bound().name(), clip(claim.surface(), 400), clip(claim.source(), 400), day(claim, article, zone),
					claim.where(), Cumulative.says(claim.sentence()), claim.start(), claim.end(), null, null, null, null);
			this.claims.insert(c);
			found.add(c);
		}
		counts[1] += found.size();
		return new NewsIndexes.NewsIndexed(log, NewsIndexes.indexed(stored, found));
	}

	/** The claim's own date, else the publication day in the agreement's zone. */
	private static @Nullable LocalDate day(Claim claim, Article article, ZoneId zone) {
		if (claim.when() != null && claim.when().date() != null) {
			return claim.when().date();
		}
		return article.published() == null ? null : article.published().atZone(zone).toLocalDate();
	}

	ZoneId zone(String log) {
		return this.agreements.latest(log)
			.map(v -> ZoneId.of(v.definition().timeZone()))
			.orElseThrow(() -> InvalidInput.of("agreement", "osint.agreement.unknown", log));
	}

	private static @Nullable String clip(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
