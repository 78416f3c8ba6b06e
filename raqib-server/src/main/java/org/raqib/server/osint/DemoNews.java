package org.raqib.server.osint;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;

import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.RaqibProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo's news: the text module's fixture set (web pages, feeds, JSON lines, text dumps) and a few reports
 * written for the demo's record, some of whose figures differ from it, read into {@code gaza-2025} once, after
 * the other demo data, so the search, the review queue and the discrepancies have content.
 */
@Component
@Order(5)
class DemoNews implements ApplicationRunner {

	static final String LOG = "gaza-2025";

	private static final Logger log = LoggerFactory.getLogger(DemoNews.class);

	private final RaqibProperties properties;

	private final Agreements agreements;

	private final ArticleTable articles;

	private final Ingesting ingesting;

	DemoNews(RaqibProperties properties, Agreements agreements, ArticleTable articles, Ingesting ingesting) {
		this.properties = properties;
		this.agreements = agreements;
		this.articles = articles;
		this.ingesting = ingesting;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.properties.demo() || this.properties.command() || !this.agreements.exists(LOG)
				|| this.articles.count(LOG) > 0) {
			return;
		}
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/news/**/*.*");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		Ingesting.Summary total = Ingesting.NOTHING;
		for (Resource file : files) {
			try {
				total = total.plus(this.ingesting.ingest(LOG, file.getContentAsByteArray(), file.getFilename()));
			}
			catch (InvalidInput invalid) {
				log.warn("Demo news file {} was not read: {}", file.getFilename(), invalid.problems());
			}
		}
		log.info("Demo news: {} articles read into {}, {} claims", total.added(), LOG, total.claims());
	}

}
