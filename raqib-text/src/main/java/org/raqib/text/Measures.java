package org.raqib.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.text.QuantityTokens.Kind;
import org.raqib.text.QuantityTokens.Token;

/**
 * The lexicon of counted nouns ({@code measures.tsv}): which noun after a number says what is counted. A noun
 * is looked up past its proclitics (و ب ل ف, the article ال and their combinations) and without the accusative
 * tanween alef (محتجزاً → محتجز), two-word forms (شاحنات وقود, aid trucks) before one-word forms.
 */
final class Measures {

	private static final Map<String, Entry> LEXICON = load();

	private static final String[] PROCLITICS = { "وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف" };

	private Measures() {
	}

	/** A form of the lexicon; measure null for a counted noun that only makes a dual. */
	record Entry(@Nullable String measure, boolean release, boolean dual) {
	}

	/** A noun found at a token: its entry, how many tokens it spans, and the letters of proclitics before it. */
	record Match(Entry entry, int width, int clitic) {
	}

	static @Nullable Match at(List<Token> tokens, int i) {
		if (i >= tokens.size() || tokens.get(i).kind() != Kind.WORD) {
			return null;
		}
		if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.WORD) {
			Match two = lookup(tokens.get(i).text(), " " + bare(tokens.get(i + 1).text()), 2);
			if (two == null) {
				two = lookup(tokens.get(i).text(), " " + tokens.get(i + 1).text(), 2);
			}
			if (two != null) {
				return two;
			}
		}
		return lookup(tokens.get(i).text(), "", 1);
	}

	private static @Nullable Match lookup(String word, String rest, int width) {
		for (int c = -1; c < PROCLITICS.length; c++) {
			String clitic = c < 0 ? "" : PROCLITICS[c];
			if (!word.startsWith(clitic) || word.length() - clitic.length() < 3) {
				continue;
			}
			String stem = word.substring(clitic.length());
			Entry e = LEXICON.get(stem + rest);
			if (e == null && rest.isEmpty()) {
				e = LEXICON.get(bare(stem));
			}
			if (e != null) {
				return new Match(e, width, clitic.length());
			}
		}
		return null;
	}

	/** Without the alef of the accusative tanween (محتجزاً → محتجز), when something is left. */
	private static String bare(String word) {
		return word.length() > 3 && word.endsWith("ا") ? word.substring(0, word.length() - 1) : word;
	}

	private static Map<String, Entry> load() {
		var lexicon = new HashMap<String, Entry>();
		try (InputStream in = Measures.class.getResourceAsStream("measures.tsv")) {
			if (in == null) {
				throw new IllegalStateException("measures.tsv is missing beside " + Measures.class.getName());
			}
			var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				String form = TextNormalizer.normalize(cells[0].strip()).text();
				String measure = cells[1].strip().equals("-") ? null : cells[1].strip();
				String condition = cells.length > 2 ? cells[2].strip() : "";
				lexicon.put(form, new Entry(measure, condition.equals("release"), condition.equals("dual")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(lexicon);
	}

}
