package org.raqib.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Near-duplicate articles and the stories they make across sources: each article's MinHash signature over
 * word 3-shingles of its normalised title and body (Lucene's {@link MinHashFilter}: one hash, 128 buckets,
 * with rotation), similarity as the share of equal buckets (an estimate of the Jaccard similarity of the
 * shingle sets), candidate pairs found by banding (32 bands of 4 buckets), and stories as the connected
 * groups of pairs at or above the threshold.
 */
public final class NearDuplicates {

	/** Buckets of a signature. */
	static final int BUCKETS = 128;

	static final int ROWS_PER_BAND = 4;

	/** The similarity at or above which two articles are the same text republished (lightly edited). */
	public static final double NEAR_DUPLICATE = 0.7;

	/** One story: the articles that report it, in the order given, and their sources. */
	public record Story(List<Article> articles) {

		public Story {
			articles = List.copyOf(articles);
		}

		public List<String> sources() {
			return this.articles.stream().map(Article::source).distinct().toList();
		}

	}

	private NearDuplicates() {
	}

	/** The article's signature: {@value #BUCKETS} bucket minima. */
	public static long[] signature(Article article) {
		return signature(article.title() + "\n" + article.body());
	}

	public static long[] signature(String text) {
		String normalized = TextNormalizer.normalize(text).text();
		long[] signature = new long[BUCKETS];
		java.util.Arrays.fill(signature, Long.MAX_VALUE);
		var tokenizer = new StandardTokenizer();
		tokenizer.setReader(new StringReader(normalized));
		var shingles = new ShingleFilter(tokenizer, 3, 3);
		shingles.setOutputUnigrams(false);
		shingles.setOutputUnigramsIfNoShingles(true);
		try (TokenStream stream = new MinHashFilter(shingles, 1, BUCKETS, 1, true)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			int bucket = 0;
			while (stream.incrementToken() && bucket < BUCKETS) {
				signature[bucket++] = hash(term);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return signature;
	}

	/** The share of buckets whose minima agree: an estimate of the Jaccard similarity of the shingles. */
	public static double similarity(long[] a, long[] b) {
		int same = 0;
		for (int i = 0; i < BUCKETS; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return same / (double) BUCKETS;
	}

	/** The stories the articles make: groups linked by pairs at or above {@code threshold}. */
	public static List<Story> stories(List<Article> articles, double threshold) {
		var signatures = new ArrayList<long[]>(articles.size());
		articles.forEach(a -> signatures.add(signature(a)));
		int[] parent = new int[articles.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int[] pair : candidates(signatures)) {
			if (similarity(signatures.get(pair[0]), signatures.get(pair[1])) >= threshold) {
				parent[root(parent, pair[0])] = root(parent, pair[1]);
			}
		}
		var groups = new LinkedHashMap<Integer, List<Article>>();
		for (int i = 0; i < articles.size(); i++) {
			groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(articles.get(i));
		}
		return groups.values().stream().map(Story::new).toList();
	}

	/** Pairs that agree on all the buckets of at least one band: the only ones worth comparing. */
	private static List<int[]> candidates(List<long[]> signatures) {
		var pairs = new ArrayList<int[]>();
		var seen = new java.util.HashSet<Long>();
		for (int band = 0; band < BUCKETS / ROWS_PER_BAND; band++) {
			Map<Long, List<Integer>> buckets = new HashMap<>();
			for (int i = 0; i < signatures.size(); i++) {
				long key = 17;
				for (int row = 0; row < ROWS_PER_BAND; row++) {
					key = key * 31 + signatures.get(i)[band * ROWS_PER_BAND + row];
				}
				buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
			for (List<Integer> members : buckets.values()) {
				for (int x = 0; x < members.size(); x++) {
					for (int y = x + 1; y < members.size(); y++) {
						if (seen.add(members.get(x) * (long) signatures.size() + members.get(y))) {
							pairs.add(new int[] { members.get(x), members.get(y) });
						}
					}
				}
			}
		}
		return pairs;
	}

	private static int root(int[] parent, int i) {
		int r = i;
		while (parent[r] != r) {
			parent[r] = parent[parent[r]];
			r = parent[r];
		}
		return r;
	}

	private static long hash(CharTermAttribute term) {
		long h = 1125899906842597L;
		for (int i = 0; i < term.length(); i++) {
			h = 31 * h + term.charAt(i);
		}
		return h;
	}

}
