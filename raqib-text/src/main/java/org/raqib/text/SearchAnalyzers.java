package org.raqib.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of the news index, one per text field: {@value #ARABIC} (normalised as Lucene's Arabic
 * normaliser does, digits folded, proclitics read off, not stemmed), {@value #ARABIC_STEMMED} (the same, then
 * Lucene's light stemmer, except on the gazetteer's names, which it would damage: غزة → غز) and
 * {@value #ENGLISH} (Lucene's English analyzer).
 */
final class SearchAnalyzers {

	static final String ARABIC = "ar";

	static final String ARABIC_STEMMED = "ar_stem";

	static final String ENGLISH = "en";

	private SearchAnalyzers() {
	}

	static Analyzer perField(EntityGazetteer gazetteer) {
		CharArraySet names = names(gazetteer);
		return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
				Map.of(ARABIC, arabic(false, names), ARABIC_STEMMED, arabic(true, names), ENGLISH, new EnglishAnalyzer()));
	}

	/** Every single word of the gazetteer's Arabic names and aliases, normalised. */
	static CharArraySet names(EntityGazetteer gazetteer) {
		CharArraySet words = new CharArraySet(1024, false);
		Analyzer plain = arabic(false, CharArraySet.EMPTY_SET);
		for (GazetteerEntry entry : gazetteer.entries()) {
			words.addAll(tokens(plain, entry.nameAr()));
			entry.aliases().stream().filter(EntityTokens::isArabic).forEach(alias -> words.addAll(tokens(plain, alias)));
		}
		return words;
	}

	static Analyzer arabic(boolean stemmed, CharArraySet names) {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				stream = new DecimalDigitFilter(stream);
				if (stemmed) {
					stream = new StopFilter(stream, ArabicAnalyzer.getDefaultStopSet());
				}
				stream = new ArabicNormalizationFilter(stream);
				stream = new ArabicCliticFilter(stream, word -> names.contains(word));
				if (stemmed) {
					stream = new ArabicStemFilter(stream);
				}
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected TokenStream normalize(String field, TokenStream in) {
				return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
			}

		};
	}

	/** The terms an analyzer makes of a text, in order (readings at one position included). */
	static Set<String> tokens(Analyzer analyzer, String text) {
		var terms = new java.util.LinkedHashSet<String>();
		try (TokenStream stream = analyzer.tokenStream("", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
