package org.raqib.server.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.raqib.server.RaqibApplication;
import org.raqib.server.access.Actor;
import org.raqib.server.access.NewUser;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.agreement.AgreementDefinitions;
import org.raqib.server.bench.Report;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonStore;
import org.raqib.server.record.Appending;
import org.raqib.server.system.DatabaseSettings;
import org.raqib.server.system.Spreadsheet;
import org.raqib.server.system.SpreadsheetFile;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of a list of persons end to end, on demand only (see BENCHMARK.md): on a fresh H2 database the
 * gaza-2025 agreement is defined and round 1 planned, then a CSV file of 10,000 invented persons goes the
 * wizard's way ({@link SpreadsheetFile}, {@link ListMapping#suggest}, {@link ListRows#check}) and is submitted
 * ({@link ExchangeLists}: the person store's encryption and commitments, the record's entries and
 * projection), each part timed, beside what this machine does per person without Raqib in the same run.
 * {@code -Dbench.smoke=true} imports 1,000 persons.
 */
public final class ExchangeImportBenchmark {

	static final String LOG = "gaza-2025";

	private final boolean smoke = Boolean.getBoolean("bench.smoke");

	private final int persons = Integer.getInteger("bench.persons", this.smoke ? 1_000 : 10_000);

	private final Path output = Path.of(System.getProperty("bench.output", "target/bench/exchange-import-benchmark.txt"));

	private final Report report = new Report();

	private long registerNanos;

	public static void main(String[] args) throws Exception {
		new ExchangeImportBenchmark().run();
	}

	private void run() throws Exception {
		long began = System.nanoTime();
		String loadBefore = loadAverage();
		Path dataDir = Files.createTempDirectory("raqib-bench-import-");
		byte[] keyBytes = new byte[32];
		new SecureRandom().nextBytes(keyBytes);
		try (ConfigurableApplicationContext context = start(dataDir, keyBytes)) {
			RaqibUser mediator = defineTheAgreement(context);
			ExchangeLists lists = timedLists(context);
			importList(lists, mediator, "round-1-warm-up", 200_000_000, Math.max(200, this.persons / 10), false);
			importList(lists, mediator, "round-1-israel", 100_000_000, this.persons, true);
			limits(new SecretKeySpec(keyBytes, "AES"), context.getBean(DataSource.class));
		}
		finally {
			delete(dataDir);
		}
		this.report.titled(String.format("Raqib list import benchmark (%s): %,d persons, H2 file database, %d cores,"
				+ " Java %s, max heap %,d MB; load average %s before, %s after; %d s", this.smoke ? "smoke" : "full",
				this.persons, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAverage(),
				Duration.ofNanos(System.nanoTime() - began).toSeconds()));
		this.report.write(this.output);
		System.out.println();
		System.out.println(this.report.text());
	}

	/** One list through the wizard's path; the warm-up list is imported the same way, and not reported. */
	private void importList(ExchangeLists lists, RaqibUser mediator, String listId, int firstId, int count, boolean report) {
		byte[] csv = ImportFile.csv(firstId, count);
		this.registerNanos = 0;
		long start = System.nanoTime();
		Spreadsheet sheet = SpreadsheetFile.read(listId + ".csv", csv);
		ListCheck check = ListRows.check(sheet, ListMapping.suggest(sheet.headers()), LocalDate.of(2025, 1, 18));
		if (!check.problems().isEmpty() || check.persons().size() != count) {
			throw new IllegalStateException("the generated list does not check: " + check.problems());
		}
		long checked = System.nanoTime();
		SubmittedList submitted = lists.submit(mediator, LOG, new ListSubmission(listId, 1, "israel",
				LegalBasis.VITAL_INTEREST, LocalDate.of(2099, 12, 31), Instant.parse("2025-01-18T12:00:00Z"),
				check.persons()));
		long end = System.nanoTime();
		if (!report) {
			return;
		}
		double seconds = (end - start) / 1e9;
		this.report.section(String.format("1. Import of a %,d-person list (a %,d-byte CSV file), end to end", count, csv.length));
		this.report.row("total: read, map, validate, register, append", String.format("%.2f s", seconds),
				Report.rate(count / seconds) + " persons/s");
		part("read the CSV, map the columns, validate every row", checked - start, count);
		part("register in the person store (encrypt, commit, insert)", this.registerNanos, count);
		part("check the list, append its entries, project, commit", end - checked - this.registerNanos, count);
		this.report.row("entries appended", Integer.toString(submitted.indexes().size()),
				String.format("%d list parts of up to %d persons and the closing entry", submitted.indexes().size() - 1,
						ExchangePayloads.PART_SIZE));
	}

	private void part(String what, long nanos, int count) {
		this.report.row("  " + what, String.format("%.2f s", nanos / 1e9),
				String.format("%s persons/s, %.0f µs/person", Report.rate(count / (nanos / 1e9)), nanos / 1e3 / count));
	}

	private void limits(SecretKey key, DataSource dataSource) throws Exception {
		var limits = new ImportLimits();
		List<byte[]> encodings = ImportFile.encodings(300_000_000, this.persons);
		int ciphertext = (int) encodings.stream().mapToInt(e -> e.length + 32 + 16).average().orElse(0);
		this.report.section("2. This machine's limits, measured in the same run");
		this.report.row("salt, SHA-256 commitment and AES-256-GCM per person, one thread",
				Report.rate(limits.sealsPerSecond(key, encodings)) + " persons/s",
				String.format("%,d encodings of ~%d bytes", encodings.size(), ciphertext - 48));
		this.report.row("JDBC batch insert of person rows, one transaction",
				Report.rate(limits.rowsPerSecond(dataSource, this.persons, ciphertext)) + " rows/s",
				String.format("batches of %,d, %d-byte ciphertexts, same H2 database", ImportLimits.BATCH, ciphertext));
		this.report.note("checksum " + limits.checksum());
	}

	/** The list service as the context builds it, with the person store's {@code register} timed. */
	private ExchangeLists timedLists(ConfigurableApplicationContext context) {
		PersonStore store = context.getBean(PersonStore.class);
		PersonStore timed = (PersonStore) Proxy.newProxyInstance(PersonStore.class.getClassLoader(),
				new Class<?>[] { PersonStore.class }, (proxy, method, args) -> {
					long start = System.nanoTime();
					try {
						return method.invoke(store, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					finally {
						if (method.getName().equals("register")) {
							this.registerNanos += System.nanoTime() - start;
						}
					}
				});
		return new ExchangeLists(context.getBean(ListTable.class), context.getBean(RoundTable.class),
				context.getBean(ExchangeProjection.class), timed, context.getBean(Appending.class),
				context.getBean(TransactionTemplate.class));
	}

	/** The gaza-2025 agreement and its parties, as the demo defines them, and round 1 planned by a mediator. */
	private static RaqibUser defineTheAgreement(ConfigurableApplicationContext context) throws IOException {
		PartyAdministration parties = context.getBean(PartyAdministration.class);
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		context.getBean(AgreementDefinitions.class).define(new AgreementDefinitions.Files(
				read("demo/agreements/gaza-2025.yaml"), read("demo/geography/gaza-2025.geojson")), null, Actor.SYSTEM);
		UserAdministration users = context.getBean(UserAdministration.class);
		var account = users.create(new NewUser("bench-mediator", "Bench mediator", null, Role.MEDIATOR, LOG, "egypt"),
				Actor.SYSTEM).user();
		RaqibUser mediator = users.principal(account.id());
		context.getBean(ReleaseRounds.class).plan(mediator, LOG,
				new ReleaseRounds.Plan(1, Instant.parse("2025-01-19T14:00:00Z"), "Gaza City", "icrc"));
		return mediator;
	}

	private static ConfigurableApplicationContext start(Path dataDir, byte[] key) {
		String url = "jdbc:h2:file:" + dataDir.resolve("raqib") + DatabaseSettings.H2_OPTIONS;
		return SpringApplication.run(RaqibApplication.class, "--server.port=0", "--raqib.data-dir=" + dataDir,
				"--raqib.key-dir=", "--raqib.admin-password=bench-admin-password", "--logging.level.root=warn",
				"--logging.level.org.raqib=warn", "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
				"--raqib.person.key=" + Base64.getEncoder().encodeToString(key));
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
