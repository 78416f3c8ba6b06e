package org.raqib.server.osint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code osint_article} table: the articles read for each agreement. */
@Repository
class ArticleTable {

	private static final String COLUMNS = """
			log_id, hash, source, url, published_at, language, title, body, story, read_from, ingested_at""";

	private final JdbcClient jdbc;

	ArticleTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean contains(String log, String hash) {
		return this.jdbc.sql("SELECT COUNT(*) FROM osint_article WHERE log_id = :log AND hash = :hash")
			.param("log", log).param("hash", hash).query(Long.class).single() > 0;
	}

	void insert(NewsArticle a) {
		this.jdbc.sql("INSERT INTO osint_article (" + COLUMNS + """
				) VALUES (:log, :hash, :source, :url, :published, :language, :title, :body, :story, :readFrom, :ingested)
				""")
			.param("log", a.log())
			.param("hash", a.hash())
			.param("source", a.source())
			.param("url", a.url())
			.param("published", Timestamps.utc(a.published()))
			.param("language", a.language())
			.param("title", a.title())
			.param("body", a.body())
			.param("story", a.story())
			.param("readFrom", a.readFrom())
			.param("ingested", Timestamps.utc(a.ingestedAt()))
			.update();
	}

	Optional<NewsArticle> find(String log, String hash) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM osint_article WHERE log_id = :log AND hash = :hash")
			.param("log", log).param("hash", hash).query(ArticleTable::article).optional();
	}

	long count(String log) {
		return this.jdbc.sql("SELECT COUNT(*) FROM osint_article WHERE log_id = :log").param("log", log)
			.query(Long.class).single();
	}

	/** Every article of a log in the order read, one at a time (a rebuild of the index reads them all). */
	void each(String log, Consumer<NewsArticle> action) {
		try (var articles = this.jdbc.sql("SELECT " + COLUMNS + " FROM osint_article WHERE log_id = :log "
				+ "ORDER BY ingested_at, hash").param("log", log).query(ArticleTable::article).stream()) {
			articles.forEach(action);
		}
	}

	List<NewsArticle> ofStory(String log, String story) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM osint_article WHERE log_id = :log AND story = :story "
				+ "ORDER BY published_at, hash").param("log", log).param("story", story).query(ArticleTable::article).list();
	}

	List<String> logs() {
		return this.jdbc.sql("SELECT DISTINCT log_id FROM osint_article ORDER BY log_id").query(String.class).list();
	}

	private static NewsArticle article(ResultSet rs, int row) throws SQLException {
		return new NewsArticle(rs.getString("log_id"), rs.getString("hash"), rs.getString("source"), rs.getString("url"),
				Timestamps.instant(rs, "published_at"), rs.getString("language"), rs.getString("title"),
				rs.getString("body"), rs.getString("story"), rs.getString("read_from"),
				Timestamps.instant(rs, "ingested_at"));
	}

}
