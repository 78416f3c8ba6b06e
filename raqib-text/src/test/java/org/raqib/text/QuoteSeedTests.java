package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotes and sources in the real dump from the shared seeds folder (skipped when it is absent). Its text is
 * never copied here: expectations are properties computed from the file (the words right after a reporting
 * verb, the word count of a span) and a few single words (names, ministry words).
 */
class QuoteSeedTests {

	private static final String SEED = "000_1d3520ac03fff421.txt";

	private static final List<String> texts = new ArrayList<>();

	private static final List<Quote> quotes = new ArrayList<>();

	private static final List<StatementSource> sources = new ArrayList<>();

	@BeforeAll
	static void read() throws IOException {
		Path seed = Stream.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "shared", "seeds"))
			.map(folder -> folder.resolve(SEED))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(seed != null, "the shared seeds folder is absent");
		for (Article article : Articles.read(Files.readAllBytes(seed), SEED)) {
			String text = article.title() + "\n" + article.body();
			texts.add(text);
			quotes.addAll(Quotes.find(text));
			sources.addAll(Sources.find(text));
		}
	}

	@Test
	void lavrovIsTheSpeakerOfTheQuotationsIntroducedByHisName() {
		List<Quote> lavrov = quotes.stream().filter(q -> q.speaker() != null && q.speaker().contains("لافروف")).toList();
		assertThat(lavrov).hasSizeGreaterThanOrEqualTo(2);
		assertThat(lavrov).allSatisfy(q -> assertThat(q.scare()).isFalse());
		assertThat(lavrov).anySatisfy(q -> assertThat(q.speaker()).contains("وزير"));
	}

	@Test
	void peskovIsTheSpeakerOfTheQuotationsAfterHisVerb() {
		List<Quote> peskov = quotes.stream().filter(q -> q.speaker() != null && q.speaker().contains("بيسكوف")).toList();
		assertThat(peskov).hasSizeGreaterThanOrEqualTo(2);
		assertThat(peskov).allSatisfy(q -> assertThat(q.quoted().split("\\s+").length).isGreaterThan(3));
	}

	@Test
	void theScarePhraseOfTheFirstTitleIsNoQuotationWithASpeaker() {
		String title = texts.get(0).substring(0, texts.get(0).indexOf('\n'));
		String phrase = title.substring(title.indexOf('«') + 1, title.indexOf('»'));
		List<Quote> same = quotes.stream().filter(q -> q.quoted().equals(phrase)).toList();
		assertThat(same).hasSizeGreaterThanOrEqualTo(3);
		assertThat(same).allSatisfy(q -> {
			assertThat(q.speaker()).isNull();
			assertThat(q.scare()).isTrue();
		});
	}

	@Test
	void hamasInGuillemetsIsNoQuotationWithASpeaker() {
		List<Quote> hamas = quotes.stream().filter(q -> q.quoted().equals("حماس")).toList();
		assertThat(hamas).isNotEmpty();
		assertThat(hamas).allSatisfy(q -> {
			assertThat(q.speaker()).isNull();
			assertThat(q.scare()).isTrue();
		});
	}

	@Test
	void everyQuotationOfOneToThreeWordsIsAScareQuote() {
		assertThat(quotes.stream().filter(q -> q.quoted().strip().split("\\s+").length <= 3))
			.allSatisfy(q -> assertThat(q.scare()).isTrue());
	}

	@Test
	void everyQuotationAndSpeakerIsAtItsOffsets() {
		for (String text : texts) {
			for (Quote quote : Quotes.find(text)) {
				assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.quoted());
				if (quote.speaker() != null && quote.speakerStart() >= 0) {
					String[] words = quote.speaker().split("\\s+");
					assertThat(text.substring(quote.speakerStart(), quote.speakerEnd())).endsWith(words[words.length - 1]);
				}
			}
		}
	}

	@Test
	void theSourcesIncludeEgyptsForeignMinistryAndIsraelsJusticeMinistry() {
		assertThat(sources).anySatisfy(s -> assertThat(s.who()).contains("وزارة").contains("الخارجية"));
		assertThat(sources).anySatisfy(s -> assertThat(s.who()).contains("وزارة").contains("العدل"));
	}

}
