package org.raqib.server.aid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.raqib.server.RaqibApplication;
import org.raqib.server.access.Actor;
import org.raqib.server.access.NewUser;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.AgreementDefinitions;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.bench.Report;
import org.raqib.server.system.DatabaseSettings;
import org.raqib.server.system.Spreadsheet;
import org.raqib.server.system.SpreadsheetFile;
import org.raqib.server.system.Timestamps;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The aid module under load, on demand only (see BENCHMARK.md). On a fresh H2 database the gaza-2025
 * agreement is defined and 1 M consignment steps are written straight into the projection ({@code aid_step},
 * {@code aid_consignment}, {@code aid_cargo}) and the compliance facts with JDBC batches, not through the
 * record: building them entry by entry would take hours and measure the record, which its own benchmark
 * does. Then the crossing board of a day and the agreement's compliance report as of a day's end are timed
 * (p50/p95), beside a primary-key lookup on the same database; then manifests go the wizard's way end to
 * end (read, map, check, append entry by entry) on a second agreement. {@code -Dbench.smoke=true}: 60,000
 * steps and a 100-consignment manifest.
 */
public final class AidBenchmark {

	static final String LOG = "gaza-2025";

	static final String IMPORT_LOG = "bench-aid";

	static final double TARGET_MS = 100;

	/** Stages each synthetic consignment went through: six steps, registered to offloaded. */
	static final List<Stage> STEPS = List.of(Stage.REGISTERED, Stage.ARRIVED, Stage.INSPECTED, Stage.CLEARED,
			Stage.CROSSED, Stage.OFFLOADED);

	static final long FIRST_INDEX = 1_000_000L;

	static final int BATCH = 5_000;

	private final boolean smoke = Boolean.getBoolean("bench.smoke");

	private final int steps = Integer.getInteger("bench.steps", this.smoke ? 60_000 : 1_000_000);

	private final int manifest = Integer.getInteger("bench.manifest", this.smoke ? 100 : 2_000);

	private final int samples = this.smoke ? 50 : 300;

	private final Path output = Path.of(System.getProperty("bench.output", "target/bench/aid-benchmark.txt"));

	private final Report report = new Report();

	private final Random random = new Random(42);

	public static void main(String[] args) throws Exception {
		new AidBenchmark().run();
	}

	private void run() throws Exception {
		long began = System.nanoTime();
		String loadBefore = loadAverage();
		Path dataDir = Files.createTempDirectory("raqib-bench-aid-");
		try (ConfigurableApplicationContext context = start(dataDir)) {
			RaqibUser mediator = define(context);
			DataSource dataSource = context.getBean(DataSource.class);
			AgreementPlaces.Places places = context.getBean(AgreementPlaces.class).of(LOG);
			build(dataSource, places);
			queries(context, dataSource, places.zone());
			imports(context, mediator);
		}
		finally {
			delete(dataDir);
		}
		this.report.titled(String.format("Raqib aid benchmark (%s): %,d consignment steps, H2 file database, %d cores,"
				+ " Java %s, max heap %,d MB; load average %s before, %s after; %d s", this.smoke ? "smoke" : "full",
				this.steps, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAverage(),
				Duration.ofNanos(System.nanoTime() - began).toSeconds()));
		this.report.write(this.output);
		System.out.println();
		System.out.println(this.report.text());
	}

	/** Consignments of six steps each, spread over the phase's 42 days and the agreement's crossings. */
	private void build(DataSource dataSource, AgreementPlaces.Places places) throws SQLException {
		List<String> crossings = places.crossings().stream().map(c -> c.id()).toList();
		int consignments = this.steps / STEPS.size();
		LocalDate first = LocalDate.parse("2025-01-19");
		long start = System.nanoTime();
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement step = c.prepareStatement("""
					INSERT INTO aid_step (log_id, idx, reference, stage, party, occurred_at, occurred_on, crossing, trucks,
					                      prior_stage, waited_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
					PreparedStatement fact = c.prepareStatement("""
							INSERT INTO compliance_fact (log_id, idx, ord, measure, party, quantity, occurred_at, recorded_at,
							                             dimensions) VALUES (?, ?, 0, 'aid.trucks', ?, ?, ?, ?, ?)""");
					PreparedStatement consignment = c.prepareStatement("""
							INSERT INTO aid_consignment (log_id, reference, idx, party, agency, origin, crossing, destination,
							    trucks, cargo, stage, stage_at, stage_idx, arrived_at, left_at)
							VALUES (?, ?, ?, 'wfp', 'WFP', 'Al-Arish', ?, ?, ?, ?, 'OFFLOADED', ?, ?, ?, ?)""");
					PreparedStatement cargo = c.prepareStatement("""
							INSERT INTO aid_cargo (log_id, reference, line_no, category, quantity, unit)
							VALUES (?, ?, 0, ?, ?, 'tonnes')""")) {
				for (int i = 0; i < consignments; i++) {
					consignment(i, first.plusDays(i % 42), places.zone(), crossings.get(i % crossings.size()), step,
							fact, consignment, cargo);
					if ((i + 1) % (BATCH / STEPS.size()) == 0 || i == consignments - 1) {
						for (PreparedStatement s : List.of(step, fact, consignment, cargo)) {
							s.executeBatch();
						}
						c.commit();
					}
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int rows = consignments * STEPS.size();
		this.report.section(String.format("1. The data set: %,d consignments of %d steps, written by JDBC batches"
				+ " (projection rows and compliance facts, not entries)", consignments, STEPS.size()));
		this.report.row("steps and facts written", String.format("%.1f s", seconds),
				Report.rate(rows / seconds) + " steps/s (each with its fact)");
	}

	private void consignment(int i, LocalDate day, ZoneId zone, String crossing, PreparedStatement step,
			PreparedStatement fact, PreparedStatement consignment, PreparedStatement cargo) throws SQLException {
		String reference = "B-" + i;
		String category = i % 10 == 0 ? "fuel" : "food";
		String destination = i % 2 == 0 ? "north" : "south";
		int trucks = 1 + i % 20;
		Instant at = day.atTime(6, 0).atZone(zone).toInstant().plusSeconds((i * 37L) % 36_000);
		long index = FIRST_INDEX + (long) i * STEPS.size();
		for (int s = 0; s < STEPS.size(); s++) {
			Instant when = at.plus(Duration.ofMinutes(20L * s));
			step.setString(1, LOG);
			step.setLong(2, index + s);
			step.setString(3, reference);
			step.setString(4, STEPS.get(s).name());
			step.setString(5, "eubam-rafah");
			step.setObject(6, Timestamps.utc(when));
			step.setObject(7, day);
			step.setString(8, crossing);
			step.setInt(9, trucks);
			step.setString(10, s == 0 ? null : STEPS.get(s - 1).name());
			step.setObject(11, s == 0 ? null : 1_200L);
			step.addBatch();
			fact.setString(1, LOG);
			fact.setLong(2, index + s);
			fact.setString(3, "eubam-rafah");
			fact.setLong(4, trucks);
			fact.setObject(5, Timestamps.utc(when));
			fact.setObject(6, Timestamps.utc(when.plusSeconds(60)));
			fact.setString(7, "cargo=" + category + ";crossing=" + crossing + ";destination=" + destination + ";stage="
					+ STEPS.get(s).code());
			fact.addBatch();
		}
		consignment.setString(1, LOG);
		consignment.setString(2, reference);
		consignment.setLong(3, index);
		consignment.setString(4, crossing);
		consignment.setString(5, destination);
		consignment.setInt(6, trucks);
		consignment.setString(7, category);
		consignment.setObject(8, Timestamps.utc(at.plus(Duration.ofMinutes(100))));
		consignment.setLong(9, index + STEPS.size() - 1);
		consignment.setObject(10, Timestamps.utc(at.plus(Duration.ofMinutes(20))));
		consignment.setObject(11, Timestamps.utc(at.plus(Duration.ofMinutes(80))));
		consignment.addBatch();
		cargo.setString(1, LOG);
		cargo.setString(2, reference);
		cargo.setString(3, category);
		cargo.setLong(4, trucks * 20L);
		cargo.addBatch();
	}

	private void queries(ConfigurableApplicationContext context, DataSource dataSource, ZoneId zone) throws SQLException {
		CrossingBoards boards = context.getBean(CrossingBoards.class);
		AgreementCompliance compliance = context.getBean(AgreementCompliance.class);
		LocalDate first = LocalDate.parse("2025-01-19");
		this.report.section("2. Reading it: a day's crossing board and the compliance report as of a day's end");
		long cold = System.nanoTime();
		var loaded = compliance.report(LOG, AsOf.eventTime(first.plusDays(42).atStartOfDay(zone).toInstant()));
		this.report.row("first compliance report (reads every fact into memory)",
				Report.millis((System.nanoTime() - cold) / 1e6) + " ms", "once per log and server start; "
						+ counted(loaded) + " trucks counted on day 1");
		double[] lookup;
		try (Connection c = dataSource.getConnection();
				PreparedStatement byKey = c.prepareStatement(
						"SELECT trucks FROM aid_consignment WHERE log_id = ? AND reference = ?")) {
			int consignments = this.steps / STEPS.size();
			lookup = timed(() -> {
				try {
					byKey.setString(1, LOG);
					byKey.setString(2, "B-" + this.random.nextInt(consignments));
					try (ResultSet rs = byKey.executeQuery()) {
						return rs.next() ? rs.getLong(1) : -1;
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}, this.samples * 10);
		}
		String limit = String.format("primary-key lookup p50 %s / p95 %s ms", Report.millis(lookup[0]),
				Report.millis(lookup[1]));
		double[] board = timed(() -> boards.board(LOG, first.plusDays(this.random.nextInt(42))).crossings().size(),
				this.samples);
		latency("crossing board of a day (stage counts, time in stage, waiting)", board, limit);
		double[] quota = timed(() -> compliance.report(LOG, AsOf.eventTime(first.plusDays(1 + this.random.nextInt(42))
			.atStartOfDay(zone).toInstant())).obligations().size(), this.samples);
		latency("compliance report as of a day's end (every obligation)", quota, limit);
	}

	private static long counted(AgreementCompliance.Report report) {
		return report.obligations().stream().filter(j -> j.terms().id().equals("aid-trucks"))
			.flatMap(j -> j.assessment().figures().stream()).filter(f -> LocalDate.parse("2025-01-19").equals(f.day()))
			.mapToLong(f -> f.value()).findFirst().orElse(-1);
	}

	private void latency(String what, double[] p, String limit) {
		this.report.row(what + " p50", Report.millis(p[0]) + " ms", "");
		this.report.row(what + " p95", Report.millis(p[1]) + " ms", "<= " + (int) TARGET_MS + " ms", p[1] <= TARGET_MS,
				limit);
	}

	/** Manifests through the wizard's path: read, suggest the mapping, check every row, append stage by stage. */
	private void imports(ConfigurableApplicationContext context, RaqibUser mediator) {
		ManifestImports imports = context.getBean(ManifestImports.class);
		importManifest(imports, mediator, "W", Math.max(20, this.manifest / 10), false);
		importManifest(imports, mediator, "M", this.manifest, true);
	}

	private void importManifest(ManifestImports imports, RaqibUser mediator, String prefix, int count, boolean report) {
		byte[] csv = manifest(prefix, count);
		long start = System.nanoTime();
		Spreadsheet table = SpreadsheetFile.read("manifest.csv", csv);
		ManifestMapping mapping = ManifestMapping.suggest(table.headers());
		ManifestCheck check = imports.check(IMPORT_LOG, table, mapping);
		long checked = System.nanoTime();
		ManifestImports.Applied applied = imports.apply(mediator, IMPORT_LOG, "eubam-rafah", table, mapping);
		long end = System.nanoTime();
		if (!check.valid() || applied.consignments() != count) {
			throw new IllegalStateException("the generated manifest does not check: " + check.problems());
		}
		if (!report) {
			return;
		}
		double seconds = (end - start) / 1e9;
		this.report.section(String.format("3. Import of a %,d-consignment manifest (crossed, 5 entries each), end to end",
				count));
		this.report.row("total: read, map, check, check again, append", String.format("%.2f s", seconds),
				Report.rate(count / seconds) + " consignments/s");
		this.report.row("  read, map and check every row", String.format("%.2f s", (checked - start) / 1e9),
				Report.rate(count / ((checked - start) / 1e9)) + " consignments/s");
		this.report.row("  check again and append the entries", String.format("%.2f s", (end - checked) / 1e9),
				Report.rate(applied.entries() / ((end - checked) / 1e9)) + " entries/s, " + applied.entries() + " entries");
	}

	private static byte[] manifest(String prefix, int count) {
		var csv = new StringBuilder("reference,agency,crossing,destination,trucks,category,quantity,unit,stage,stage-at\n");
		for (int i = 0; i < count; i++) {
			csv.append(prefix).append('-').append(i).append(",WFP,kerem-shalom,").append(i % 2 == 0 ? "north" : "south")
				.append(',').append(1 + i % 20).append(",food,").append(20 * (1 + i % 20)).append(",tonnes,crossed,2025-02-")
				.append(String.format("%02d", 1 + i % 28)).append(" 10:").append(String.format("%02d", i % 60)).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** p50 and p95 in milliseconds of {@code count} calls, after a tenth as many unmeasured. */
	private static double[] timed(LongSupplier call, int count) {
		long sink = 0;
		for (int i = 0; i < Math.max(5, count / 10); i++) {
			sink += call.getAsLong();
		}
		double[] millis = new double[count];
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			sink += call.getAsLong();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		if (sink == Long.MIN_VALUE) {
			System.out.println(sink);
		}
		return new double[] { millis[count / 2], millis[(int) Math.ceil(count * 0.95) - 1] };
	}

	/** The gaza-2025 agreement, a copy of it for the imports, and a mediator of both. */
	private static RaqibUser define(ConfigurableApplicationContext context) throws IOException {
		PartyAdministration parties = context.getBean(PartyAdministration.class);
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		String yaml = read("demo/agreements/gaza-2025.yaml");
		String geojson = read("demo/geography/gaza-2025.geojson");
		AgreementDefinitions definitions = context.getBean(AgreementDefinitions.class);
		definitions.define(new AgreementDefinitions.Files(yaml, geojson), null, Actor.SYSTEM);
		definitions.define(new AgreementDefinitions.Files(yaml.replace("id: gaza-2025", "id: " + IMPORT_LOG), geojson),
				null, Actor.SYSTEM);
		UserAdministration users = context.getBean(UserAdministration.class);
		var account = users.create(new NewUser("bench-mediator", "Bench mediator", null, Role.MEDIATOR, IMPORT_LOG,
				"egypt"), Actor.SYSTEM).user();
		return users.principal(account.id());
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		String url = "jdbc:h2:file:" + dataDir.resolve("raqib") + DatabaseSettings.H2_OPTIONS;
		return SpringApplication.run(RaqibApplication.class, "--server.port=0", "--raqib.data-dir=" + dataDir,
				"--raqib.key-dir=", "--raqib.admin-password=bench-admin-password", "--logging.level.root=warn",
				"--logging.level.org.raqib=warn", "--spring.datasource.url=" + url, "--spring.datasource.username=sa");
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
