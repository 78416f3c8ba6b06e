package org.raqib.server.osint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.system.InvalidInput;
import org.raqib.text.ArticleSearch;
import org.springframework.beans.factory.annotation.Autowired;

/** Reading news into a desk, and finding it again in Arabic and English. */
@ContextTest
class IngestingTests {

	static final Path FIXTURES = Path.of("..", "raqib-text", "src", "test", "resources", "fixtures");

	@Autowired
	OsintFixtures fixtures;

	@Autowired
	Ingesting ingesting;

	@Autowired
	NewsIndexes indexes;

	@Autowired
	OsintBackup backup;

	OsintFixtures.Room room;

	@BeforeEach
	void aRoom() throws IOException {
		this.room = this.fixtures.room();
	}

	@Test
	void ingestsTheFixtureSetAndFindsItInBothLanguages() throws IOException {
		Ingesting.Summary total = Ingesting.NOTHING;
		try (Stream<Path> files = Files.walk(FIXTURES)) {
			for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".json")).sorted().toList()) {
				total = total.plus(this.ingesting.ingest(this.room.id(), Files.readAllBytes(file),
						file.getFileName().toString()));
			}
		}
		assertThat(total.added()).isGreaterThan(30);
		assertThat(total.claims()).isGreaterThan(30);
		assertThat(titles("رفح")).isNotEmpty();
		assertThat(titles("convoy")).isNotEmpty();
		assertThat(this.indexes.search(this.room.id(), "", Map.of(), 5).facets()).containsKeys("source", "measure");
	}

	@Test
	void theSameArticleReadTwiceIsStoredOnce() {
		byte[] one = OsintFixtures.article("wafa", "دخول 240 شاحنة", "دخلت 240 شاحنة مساعدات إلى غزة.",
				"2025-02-01T08:00:00Z", "ar");
		assertThat(this.ingesting.ingest(this.room.id(), one, "a.jsonl").added()).isEqualTo(1);
		Ingesting.Summary again = this.ingesting.ingest(this.room.id(), one, "b.jsonl");
		assertThat(again.added()).isZero();
		assertThat(again.known()).isEqualTo(1);
	}

	@Test
	void theArticlesAndTheirClaimsAreInTheBackup(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		this.ingesting.ingest(this.room.id(), OsintFixtures.article("wafa", "دخول 240 شاحنة",
				"دخلت 240 شاحنة مساعدات إلى غزة.", "2025-02-01T08:00:00Z", "ar"), "a.jsonl");
		this.backup.backup(dir);
		assertThat(Files.readString(dir.resolve("osint_article.jsonl"))).contains(this.room.id(), "دخلت 240 شاحنة");
		assertThat(Files.readString(dir.resolve("osint_claim.jsonl"))).contains(this.room.id(), "aid-trucks");
	}

	@Test
	void anUnreadableFileStoresNothingAndSaysWhere() {
		byte[] broken = "{\"title\": \"ok\", \"body\": \"x\"}\n{\"body\": \"no title\"}\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.ingesting.ingest(this.room.id(), broken, "broken.jsonl"))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("file"));
		assertThat(this.indexes.search(this.room.id(), "", Map.of(), 5).total()).isZero();
	}

	@Test
	void anUnknownAgreementIsRefused() {
		assertThatThrownBy(() -> this.ingesting.ingest("no-such-agreement", "x".getBytes(StandardCharsets.UTF_8), "x"))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).field()).isEqualTo("agreement"));
	}

	@Test
	void findsArabicWithAndWithoutDiacriticsHamzaTaMarbutaAndClitics() {
		ingest("gaza", "قافلة إلى غزة", "وصلت القافلة إلى غزة صباح الأحد.");
		ingest("khan", "قافلة إلى خان يونس", "وصلت قافلة ثانية إلى خان يونس وغزة بعد الظهر.");
		ingest("release", "الإفراج عن أسرى", "أفرجت السلطات عن 90 أسيراً في الدفعة الأولى.");
		assertThat(titles("غزة")).containsExactlyInAnyOrder("قافلة إلى غزة", "قافلة إلى خان يونس");
		assertThat(titles("وغزة")).containsExactlyInAnyOrder("قافلة إلى غزة", "قافلة إلى خان يونس");
		assertThat(titles("غَزَّة")).containsExactlyInAnyOrder("قافلة إلى غزة", "قافلة إلى خان يونس");
		assertThat(titles("غزه")).containsExactlyInAnyOrder("قافلة إلى غزة", "قافلة إلى خان يونس");
		assertThat(titles("افرجت")).containsExactly("الإفراج عن أسرى");
		assertThat(titles("أَسيرا")).containsExactly("الإفراج عن أسرى");
		assertThat(titles("خان يونس")).containsExactly("قافلة إلى خان يونس");
	}

	@Test
	void findsEnglishWithItsStemmer() {
		this.ingesting.ingest(this.room.id(), OsintFixtures.article("en", "Trucks cross at Kerem Shalom",
				"Forty aid trucks crossed into Gaza on Sunday.", "2025-02-01T08:00:00Z", "en"), "en.jsonl");
		ingest("ar", "قافلة إلى غزة", "وصلت القافلة إلى غزة صباح الأحد.");
		assertThat(titles("truck crossing")).containsExactly("Trucks cross at Kerem Shalom");
	}

	@Test
	void ingestsTheSeedWhenItIsPresent() throws IOException {
		Path seeds = Stream.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "shared", "seeds"))
			.filter(Files::isDirectory)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(seeds != null, "the shared seeds folder is absent");
		List<Path> files = NewsSources.files(seeds);
		Ingesting.Summary total = Ingesting.NOTHING;
		for (Path file : files) {
			total = total.plus(this.ingesting.ingest(this.room.id(), Files.readAllBytes(file), file.getFileName().toString()));
		}
		assertThat(total.added()).isPositive();
		List<ArticleSearch.Story> all = this.indexes.search(this.room.id(), "", Map.of(), 100).stories();
		for (ArticleSearch.Story story : all) {
			assertThat(titles(story.best().title())).as("found by its own title").contains(story.best().title());
		}
	}

	private void ingest(String source, String title, String body) {
		this.ingesting.ingest(this.room.id(), OsintFixtures.article(source, title, body, "2025-02-01T08:00:00Z", "ar"),
				source + ".jsonl");
	}

	private List<String> titles(String query) {
		return this.indexes.search(this.room.id(), query, Map.of(), 50).stories().stream()
			.flatMap(s -> Stream.concat(Stream.of(s.best()), s.others().stream()))
			.map(ArticleSearch.Hit::title)
			.toList();
	}

}
