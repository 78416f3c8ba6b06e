package org.raqib.server.osint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.raqib.server.RaqibApplication;
import org.raqib.server.access.Actor;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.agreement.AgreementDefinitions;
import org.raqib.server.bench.Report;
import org.raqib.server.system.DatabaseSettings;
import org.raqib.text.ArticleIndex;
import org.raqib.text.EntityGazetteer;
import org.raqib.text.IndexedArticle;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The news desk's benchmark, on demand only (see BENCHMARK.md). 1: an on-disk index of 100,000 generated
 * articles (Arabic and English, with names, clitics and figures), searched with 2,000 queries of one to three
 * words (some with diacritics, hamza, ta marbuta or a clitic), latency p50/p95/p99, beside the machine's own
 * floor in the same run: the p95 of a single-term Lucene query on the same index, without analysis, facets,
 * snippets or stories. 2: ingestion through the server (a fresh H2 file database, the gaza-2025 agreement):
 * generated JSON-lines files read, claims found, stored and indexed, in articles per second, beside the rate
 * at which this machine only reads the same articles ({@code Articles.read}) without storing them.
 * {@code -Dbench.smoke=true}: 10,000 articles and 500 queries; 1,000 ingested.
 */
public final class NewsBenchmark {

	private final boolean smoke = Boolean.getBoolean("bench.smoke");

	private final int articles = Integer.getInteger("bench.articles", this.smoke ? 10_000 : 100_000);

	private final int queries = Integer.getInteger("bench.queries", this.smoke ? 500 : 2_000);

	private final int ingested = Integer.getInteger("bench.ingested", this.smoke ? 1_000 : 5_000);

	private final Path output = Path.of(System.getProperty("bench.output", "target/bench/news-benchmark.txt"));

	private final Report report = new Report();

	public static void main(String[] args) throws Exception {
		new NewsBenchmark().run();
	}

	private void run() throws Exception {
		long began = System.nanoTime();
		String loadBefore = loadAverage();
		Path dir = Files.createTempDirectory("raqib-bench-news-");
		try {
			search(dir.resolve("index"));
			ingest(dir.resolve("server"));
		}
		finally {
			delete(dir);
		}
		this.report.titled(String.format("Raqib news benchmark (%s): %d cores, Java %s, max heap %,d MB; load average "
				+ "%s before, %s after; %d s", this.smoke ? "smoke" : "full", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAverage(),
				Duration.ofNanos(System.nanoTime() - began).toSeconds()));
		this.report.write(this.output);
		System.out.println();
		System.out.println(this.report.text());
	}

	private void search(Path folder) throws IOException {
		var random = new Random(13);
		long start = System.nanoTime();
		try (ArticleIndex index = ArticleIndex.onDisk(folder, EntityGazetteer.standard())) {
			for (int i = 0; i < this.articles; i++) {
				index.add(GeneratedNews.indexed(random, i));
			}
			index.refresh();
			double built = (System.nanoTime() - start) / 1e9;
			List<String> asked = new ArrayList<>();
			for (int i = 0; i < this.queries; i++) {
				asked.add(GeneratedNews.query(random));
			}
			asked.stream().limit(200).forEach(q -> index.search(q, Map.of(), 20));
			long[] nanos = new long[asked.size()];
			long hits = 0;
			for (int i = 0; i < asked.size(); i++) {
				long t = System.nanoTime();
				hits += index.search(asked.get(i), Map.of(), 20).total();
				nanos[i] = System.nanoTime() - t;
			}
			Arrays.sort(nanos);
			double p95 = nanos[(int) (nanos.length * 0.95)] / 1e6;
			this.report.section(String.format("1. Search of %,d generated articles (%,d queries, 20 stories a page)",
					this.articles, asked.size()));
			this.report.row("index built (on disk, three text fields, facets)", String.format("%.1f s", built),
					Report.rate(this.articles / built) + " articles/s");
			this.report.row("search p95: analysis, query, facets, snippets, stories", Report.millis(p95), "≤ 50 ms",
					p95 <= 50, String.format("p50 %s, p99 %s, %,d hits on average", Report.millis(nanos[nanos.length / 2] / 1e6),
							Report.millis(nanos[(int) (nanos.length * 0.99)] / 1e6), hits / asked.size()));
			this.report.row("machine floor: one-term Lucene query p95, same index", Report.millis(floor(folder, random)),
					"the least any search costs here");
		}
	}

	/** The p95 of the cheapest query on the same index: one term, top 20, nothing else. */
	private double floor(Path folder, Random random) throws IOException {
		try (var directory = FSDirectory.open(folder); var reader = DirectoryReader.open(directory)) {
			var searcher = new IndexSearcher(reader);
			long[] nanos = new long[this.queries];
			for (int i = 0; i < 200; i++) {
				searcher.search(new TermQuery(new Term("en", GeneratedNews.englishWord(random))), 20);
			}
			for (int i = 0; i < nanos.length; i++) {
				var query = new TermQuery(new Term("en", GeneratedNews.englishWord(random)));
				long t = System.nanoTime();
				searcher.search(query, 20);
				nanos[i] = System.nanoTime() - t;
			}
			Arrays.sort(nanos);
			return nanos[(int) (nanos.length * 0.95)] / 1e6;
		}
	}

	private void ingest(Path dataDir) throws IOException {
		List<byte[]> files = new ArrayList<>();
		var random = new Random(29);
		int perFile = 50;
		for (int i = 0; i < this.ingested; i += perFile) {
			files.add(GeneratedNews.jsonLines(random, i, Math.min(perFile, this.ingested - i)));
		}
		long readStart = System.nanoTime();
		int read = 0;
		for (byte[] file : files) {
			read += org.raqib.text.Articles.read(file, "bench.jsonl").size();
		}
		double readSeconds = (System.nanoTime() - readStart) / 1e9;
		try (ConfigurableApplicationContext context = start(dataDir)) {
			define(context);
			Ingesting ingesting = context.getBean(Ingesting.class);
			ingesting.ingest("gaza-2025", GeneratedNews.jsonLines(new Random(1), 10_000_000, 100), "warm-up.jsonl");
			long start = System.nanoTime();
			Ingesting.Summary total = Ingesting.NOTHING;
			for (int i = 0; i < files.size(); i++) {
				total = total.plus(ingesting.ingest("gaza-2025", files.get(i), "bench-" + i + ".jsonl"));
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			this.report.section(String.format("2. Ingestion through the server: %,d articles in %d JSON-lines files",
					this.ingested, files.size()));
			this.report.row("read, find claims, assign stories, store, index", String.format("%.1f s", seconds),
					String.format("%s articles/s, %,d new, %,d claims", Report.rate(total.added() / seconds), total.added(),
							total.claims()));
			this.report.row("machine floor: only reading the same files", String.format("%.1f s", readSeconds),
					Report.rate(read / readSeconds) + " articles/s");
		}
	}

	private static void define(ConfigurableApplicationContext context) throws IOException {
		PartyAdministration parties = context.getBean(PartyAdministration.class);
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		context.getBean(AgreementDefinitions.class).define(new AgreementDefinitions.Files(
				read("demo/agreements/gaza-2025.yaml"), read("demo/geography/gaza-2025.geojson")), null, Actor.SYSTEM);
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		String url = "jdbc:h2:file:" + dataDir.resolve("raqib") + DatabaseSettings.H2_OPTIONS;
		return SpringApplication.run(RaqibApplication.class, "--server.port=0", "--raqib.data-dir=" + dataDir,
				"--raqib.key-dir=", "--raqib.admin-password=bench-admin-password", "--logging.level.root=warn",
				"--logging.level.org.raqib=warn", "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
				"--raqib.person.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
	}

	private static String loadAverage() {
		return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
