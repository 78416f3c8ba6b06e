package org.raqib.text.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.raqib.text.Article;
import org.raqib.text.Articles;
import org.raqib.text.Claims;
import org.raqib.text.Entities;
import org.raqib.text.Quotes;
import org.raqib.text.Times;
import org.raqib.text.NormalizedText;
import org.raqib.text.Sentences;
import org.raqib.text.TextNormalizer;

/**
 * Articles per second per core from raw bytes to normalised articles (layout detection, reading,
 * normalisation with offsets, sentences), over the seed (when present) and every fixture; beside it, in the
 * same run and over the same article text, Lucene's raw {@link ArabicAnalyzer}: the rate of a well-known
 * Arabic text chain on this machine. One thread: the figure is per core. A second figure adds News II's
 * mining (claims with their quantities and sources, quotes, entities, times) to the reading.
 */
public final class TextBenchmark {

	private TextBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		boolean smoke = Boolean.getBoolean("bench.smoke");
		List<Input> inputs = inputs();
		long seconds = smoke ? 2 : 15;
		int articlesPerPass = 0;
		long charsPerPass = 0;
		var texts = new ArrayList<String>();
		for (Input input : inputs) {
			for (Article article : Articles.read(input.bytes(), input.name())) {
				articlesPerPass++;
				String text = article.title() + "\n" + article.body();
				charsPerPass += text.length();
				texts.add(text);
			}
		}
		System.out.printf("Raqib text benchmark (%s): %d inputs, %d articles, %d chars per pass, one thread%n",
				smoke ? "smoke" : "full", inputs.size(), articlesPerPass, charsPerPass);
		double ours = rate(seconds, () -> readAll(inputs));
		double mined = rate(seconds, () -> mineAll(inputs));
		double lucene;
		try (var analyzer = new ArabicAnalyzer()) {
			lucene = rate(seconds, () -> analyzeAll(analyzer, texts));
		}
		System.out.printf("  raw bytes -> normalised articles + sentences: %,.0f articles/s (%,.0f chars/s)%n",
				ours * articlesPerPass, ours * charsPerPass);
		System.out.printf("  raw bytes -> articles -> claims, quotes, entities, times (News II): %,.0f articles/s%n",
				mined * articlesPerPass);
		System.out.printf("  machine: Lucene ArabicAnalyzer over the same articles: %,.0f articles/s (%,.0f chars/s)%n",
				lucene * articlesPerPass, lucene * charsPerPass);
		System.out.printf("  ratio to ArabicAnalyzer: %.2f%n", ours / lucene);
	}

	record Input(String name, byte[] bytes) {
	}

	private static List<Input> inputs() throws IOException {
		var inputs = new ArrayList<Input>();
		Path seeds = Path.of("..", "..", "shared", "seeds");
		for (Path folder : List.of(seeds, Path.of("src", "test", "resources", "fixtures"))) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile)
					.filter(f -> !f.getFileName().toString().endsWith(".gold.json"))
					.sorted()
					.toList()) {
					inputs.add(new Input(file.getFileName().toString(), Files.readAllBytes(file)));
				}
			}
		}
		return inputs;
	}

	private static long readAll(List<Input> inputs) {
		long sink = 0;
		for (Input input : inputs) {
			for (Article article : Articles.read(input.bytes(), input.name())) {
				NormalizedText normalized = TextNormalizer.normalize(article.title() + "\n" + article.body());
				sink += normalized.text().length() + Sentences.split(article.body()).size();
			}
		}
		return sink;
	}

	private static long mineAll(List<Input> inputs) {
		long sink = 0;
		for (Input input : inputs) {
			for (Article article : Articles.read(input.bytes(), input.name())) {
				String text = Claims.text(article);
				sink += Claims.find(article).size() + Quotes.find(text).size() + Entities.find(text).size()
						+ Times.find(text, article.published(), java.time.ZoneOffset.UTC).size();
			}
		}
		return sink;
	}

	private static long analyzeAll(ArabicAnalyzer analyzer, List<String> texts) {
		long sink = 0;
		for (String text : texts) {
			try (TokenStream stream = analyzer.tokenStream("body", new StringReader(text))) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					sink += term.length();
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return sink;
	}

	/** Passes per second after a warm-up of a third of the time. */
	private static double rate(long seconds, java.util.function.LongSupplier pass) {
		long sink = 0;
		long warm = System.nanoTime() + seconds * 1_000_000_000L / 3;
		while (System.nanoTime() < warm) {
			sink += pass.getAsLong();
		}
		long passes = 0;
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		while (System.nanoTime() < end) {
			sink += pass.getAsLong();
			passes++;
		}
		double rate = passes / ((System.nanoTime() - start) / 1e9);
		if (sink == 42) {
			System.out.println();
		}
		return rate;
	}

}
