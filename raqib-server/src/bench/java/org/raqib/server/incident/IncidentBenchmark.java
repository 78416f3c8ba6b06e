package org.raqib.server.incident;

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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.locationtech.jts.geom.Envelope;
import org.raqib.server.RaqibApplication;
import org.raqib.server.access.Actor;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.agreement.AgreementDefinitions;
import org.raqib.server.bench.Report;
import org.raqib.server.geo.Zone;
import org.raqib.server.system.DatabaseSettings;
import org.raqib.server.system.Timestamps;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The incident module under load, on demand only (see BENCHMARK.md). On a fresh H2 file database the idlib-2018
 * agreement is defined as amended in Moscow; 1 M incidents at random places in its area and on random days of
 * three years are placed in its zones by the geo module (the zone-tagging throughput, beside the rate of the
 * cheapest possible test, a bounding-box check of every zone) and written straight into the projection
 * ({@code incident}, {@code incident_zone}, and the counts the projection keeps, {@code incident_count} and
 * {@code incident_cell}) with JDBC batches, not entry by entry. Then the map's data (a
 * random box of half a degree over a month, and the whole area over a month, clustered) and the counts per
 * day, zone and type against the previous week are timed (p50/p95), beside a primary-key lookup on the same
 * database. {@code -Dbench.smoke=true}: 50,000 incidents.
 */
public final class IncidentBenchmark {

	static final String LOG = "idlib-2018";

	static final double TARGET_MS = 100;

	static final int BATCH = 5_000;

	static final LocalDate FIRST = LocalDate.parse("2018-09-17");

	static final int DAYS = 1_095;

	private final boolean smoke = Boolean.getBoolean("bench.smoke");

	private final int incidents = Integer.getInteger("bench.incidents", this.smoke ? 50_000 : 1_000_000);

	private final int samples = this.smoke ? 50 : 300;

	private final Path output = Path.of(System.getProperty("bench.output", "target/bench/incident-benchmark.txt"));

	private final Report report = new Report();

	private final Random random = new Random(42);

	public static void main(String[] args) throws Exception {
		new IncidentBenchmark().run();
	}

	private void run() throws Exception {
		long began = System.nanoTime();
		String loadBefore = loadAverage();
		Path dataDir = Files.createTempDirectory("raqib-bench-incident-");
		try (ConfigurableApplicationContext context = start(dataDir)) {
			define(context);
			IncidentRoom room = context.getBean(IncidentRooms.class).of(LOG);
			build(context.getBean(DataSource.class), room);
			queries(context, room);
		}
		finally {
			delete(dataDir);
		}
		this.report.titled(String.format("Raqib incident benchmark (%s): %,d incidents, H2 file database, %d cores,"
				+ " Java %s, max heap %,d MB; load average %s before, %s after; %d s", this.smoke ? "smoke" : "full",
				this.incidents, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAverage(),
				Duration.ofNanos(System.nanoTime() - began).toSeconds()));
		this.report.write(this.output);
		System.out.println();
		System.out.println(this.report.text());
	}

	/** Places every incident with the geo module (timed alone), then writes them by JDBC batches. */
	private void build(DataSource dataSource, IncidentRoom room) throws SQLException {
		Envelope area = room.geography().expectedArea().orElseThrow();
		double[][] points = new double[this.incidents][];
		for (int i = 0; i < this.incidents; i++) {
			points[i] = new double[] { area.getMinX() + this.random.nextDouble() * area.getWidth(),
					area.getMinY() + this.random.nextDouble() * area.getHeight() };
		}
		List<Envelope> boxes = room.geography().zones().stream().map(Zone::area).map(a -> a.getEnvelopeInternal()).toList();
		long limitStart = System.nanoTime();
		long inBoxes = 0;
		for (double[] p : points) {
			for (Envelope box : boxes) {
				inBoxes += box.covers(p[0], p[1]) ? 1 : 0;
			}
		}
		double limitSeconds = (System.nanoTime() - limitStart) / 1e9;
		long tagStart = System.nanoTime();
		IncidentPayloads.Placement[] placed = new IncidentPayloads.Placement[this.incidents];
		for (int i = 0; i < this.incidents; i++) {
			placed[i] = room.place(points[i][0], points[i][1]);
		}
		double tagSeconds = (System.nanoTime() - tagStart) / 1e9;
		this.report.section(String.format("1. Zone tagging: %,d points in the Idlib area against its %d zones and %d posts",
				this.incidents, boxes.size(), room.geography().posts().size()));
		this.report.row("zones in and near (5 km), nearest post", Report.rate(this.incidents / tagSeconds) + " points/s",
				String.format("limit: bounding-box test of every zone %s points/s (%,d hits)",
						Report.rate(this.incidents / limitSeconds), inBoxes));
		long writeStart = System.nanoTime();
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement incident = c.prepareStatement("""
					INSERT INTO incident (log_id, idx, party, reported_by, recorded_at, occurred_from, occurred_to,
					       occurred_day, time_precision, lon, lat, geo_precision, location, zones, near_zones, nearest_post,
					       post_km, event_type, sub_type, responsible, actor1, inter1, actor2, inter2, killed, injured,
					       summary, demo, status, status_idx)
					VALUES (?, ?, 'turkiye', 'bench', ?, ?, ?, ?, 1, ?, ?, 1, NULL, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL,
					        ?, ?, 'bench', FALSE, ?, ?)""");
					PreparedStatement zone = c.prepareStatement(
							"INSERT INTO incident_zone (log_id, idx, zone, occurred_day) VALUES (?, ?, ?, ?)")) {
				IncidentType[] types = IncidentType.values();
				IncidentStatus[] statuses = IncidentStatus.values();
				Map<List<Object>, Long> counts = new HashMap<>();
				Map<List<Object>, Long> cells = new HashMap<>();
				for (int i = 0; i < this.incidents; i++) {
					long index = 1_000_000L + i;
					LocalDate day = FIRST.plusDays(this.random.nextInt(DAYS));
					Instant at = day.atStartOfDay(room.zone()).toInstant().plusSeconds(this.random.nextInt(86_400));
					IncidentType type = types[this.random.nextInt(types.length)];
					IncidentStatus status = this.random.nextInt(10) < 7 ? IncidentStatus.PUBLISHED
							: statuses[this.random.nextInt(statuses.length)];
					incident.setString(1, LOG);
					incident.setLong(2, index);
					incident.setObject(3, Timestamps.utc(at.plusSeconds(3_600)));
					incident.setObject(4, Timestamps.utc(at));
					incident.setObject(5, Timestamps.utc(at.plusSeconds(600)));
					incident.setObject(6, day);
					incident.setDouble(7, points[i][0]);
					incident.setDouble(8, points[i][1]);
					incident.setString(9, IncidentTable.joined(placed[i].zones()));
					incident.setString(10, IncidentTable.joined(placed[i].nearZones()));
					incident.setString(11, placed[i].nearestPost());
					incident.setObject(12, placed[i].postKm());
					incident.setString(13, type.event().code());
					incident.setString(14, type.code());
					incident.setString(15, this.random.nextBoolean() ? "syrian-government" : "syrian-opposition");
					incident.setInt(16, this.random.nextInt(3));
					incident.setInt(17, this.random.nextInt(5));
					incident.setString(18, status.code());
					incident.setLong(19, index);
					incident.addBatch();
					for (String z : IncidentCountTable.zonesOf(placed[i].zones())) {
						counts.merge(List.of(day, z, type, status), 1L, Long::sum);
					}
					int cx = IncidentCellTable.cell(points[i][0]);
					int cy = IncidentCellTable.cell(points[i][1]);
					cells.merge(List.of(1, day, status, cx, cy), 1L, Long::sum);
					cells.merge(List.of(7, IncidentCellTable.weekOf(day), status, cx, cy), 1L, Long::sum);
					for (String z : placed[i].zones()) {
						zone.setString(1, LOG);
						zone.setLong(2, index);
						zone.setString(3, z);
						zone.setObject(4, day);
						zone.addBatch();
					}
					if ((i + 1) % BATCH == 0 || i == this.incidents - 1) {
						incident.executeBatch();
						zone.executeBatch();
						c.commit();
					}
				}
				counted(c, counts, cells);
			}
		}
		double seconds = (System.nanoTime() - writeStart) / 1e9;
		this.report.row("incidents written by JDBC batches (zones, counts, grid)", String.format("%.1f s", seconds),
				Report.rate(this.incidents / seconds) + " incidents/s");
	}

	/** The counts the projection keeps, as it would have kept them for these incidents. */
	private static void counted(Connection c, Map<List<Object>, Long> counts, Map<List<Object>, Long> cells)
			throws SQLException {
		try (PreparedStatement count = c.prepareStatement("""
				INSERT INTO incident_count (log_id, occurred_day, zone, sub_type, status, event_type, n)
				VALUES (?, ?, ?, ?, ?, ?, ?)""");
				PreparedStatement cell = c.prepareStatement(
						"INSERT INTO incident_cell (log_id, days, first_day, status, cx, cy, n) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			int rows = 0;
			for (Map.Entry<List<Object>, Long> e : counts.entrySet()) {
				IncidentType type = (IncidentType) e.getKey().get(2);
				count.setString(1, LOG);
				count.setObject(2, e.getKey().get(0));
				count.setString(3, (String) e.getKey().get(1));
				count.setString(4, type.code());
				count.setString(5, ((IncidentStatus) e.getKey().get(3)).code());
				count.setString(6, type.event().code());
				count.setLong(7, e.getValue());
				count.addBatch();
				if (++rows % BATCH == 0) {
					count.executeBatch();
				}
			}
			count.executeBatch();
			for (Map.Entry<List<Object>, Long> e : cells.entrySet()) {
				cell.setString(1, LOG);
				cell.setInt(2, (Integer) e.getKey().get(0));
				cell.setObject(3, e.getKey().get(1));
				cell.setString(4, ((IncidentStatus) e.getKey().get(2)).code());
				cell.setInt(5, (Integer) e.getKey().get(3));
				cell.setInt(6, (Integer) e.getKey().get(4));
				cell.setLong(7, e.getValue());
				cell.addBatch();
				if (++rows % BATCH == 0) {
					cell.executeBatch();
				}
			}
			cell.executeBatch();
			c.commit();
		}
	}

	private void queries(ConfigurableApplicationContext context, IncidentRoom room) throws SQLException {
		IncidentMap map = context.getBean(IncidentMap.class);
		IncidentMapPages pages = context.getBean(IncidentMapPages.class);
		Envelope area = room.geography().expectedArea().orElseThrow();
		this.report.section("2. Reading it: the map's data and the counts per day, zone and type (published incidents)");
		var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		var probe = new IncidentFilter(FIRST.plusDays(400), FIRST.plusDays(429), null, null,
				Set.of(IncidentStatus.PUBLISHED), null, new IncidentFilter.Box(36.0, 35.5, 36.5, 36.0), 501);
		IncidentQuery q = IncidentQuery.of(LOG, probe, "i");
		System.out.println("PLAN " + q.bind(jdbc.sql("EXPLAIN SELECT i.idx FROM incident i WHERE " + q.where()
				+ " ORDER BY i.occurred_from DESC, i.idx DESC FETCH FIRST 501 ROWS ONLY")).query(String.class).single());
		double[] lookup;
		try (Connection c = context.getBean(DataSource.class).getConnection();
				PreparedStatement byKey = c.prepareStatement("SELECT killed FROM incident WHERE log_id = ? AND idx = ?")) {
			lookup = timed(() -> {
				try {
					byKey.setString(1, LOG);
					byKey.setLong(2, 1_000_000L + this.random.nextInt(this.incidents));
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
		double[] box = timed(() -> {
			double west = area.getMinX() + this.random.nextDouble() * (area.getWidth() - 0.5);
			double south = area.getMinY() + this.random.nextDouble() * (area.getHeight() - 0.5);
			LocalDate from = FIRST.plusDays(this.random.nextInt(DAYS - 30));
			var filter = new IncidentFilter(from, from.plusDays(29), null, null, Set.of(), null,
					new IncidentFilter.Box(west, south, west + 0.5, south + 0.5), IncidentMapPages.MAP_LIMIT);
			return ((List<?>) map.data(null, LOG, filter, Locale.ENGLISH).get("features")).size();
		}, this.samples);
		latency("map data: a box of 0.5 degrees over 30 days (points)", box, limit);
		double[] whole = timed(() -> {
			LocalDate from = FIRST.plusDays(this.random.nextInt(DAYS - 30));
			var filter = new IncidentFilter(from, from.plusDays(29), null, null, Set.of(), null, new IncidentFilter.Box(
					area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY()), IncidentMapPages.MAP_LIMIT);
			return ((List<?>) map.data(null, LOG, filter, Locale.ENGLISH).get("features")).size();
		}, this.samples);
		latency("map data: the whole area over 30 days (clustered)", whole, limit);
		double[] counts = timed(() -> {
			LocalDate to = FIRST.plusDays(14 + this.random.nextInt(DAYS - 14));
			var params = new FilterParams(to.minusDays(6).toString(), to.toString(), null, null, null, null, null, null);
			return pages.comparison(null, LOG, params).rows().size();
		}, this.samples);
		latency("counts per day, zone and type: a week against the week before", counts, limit);
	}

	private void latency(String what, double[] p, String limit) {
		this.report.row(what + " p50", Report.millis(p[0]) + " ms", "");
		this.report.row(what + " p95", Report.millis(p[1]) + " ms", "<= " + (int) TARGET_MS + " ms", p[1] <= TARGET_MS,
				limit);
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

	private static void define(ConfigurableApplicationContext context) throws IOException {
		PartyAdministration parties = context.getBean(PartyAdministration.class);
		for (String code : List.of("russia", "turkiye", "syrian-government", "syrian-opposition")) {
			if (parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		AgreementDefinitions definitions = context.getBean(AgreementDefinitions.class);
		String geojson = read("demo/geography/idlib-2018.geojson");
		definitions.define(new AgreementDefinitions.Files(read("demo/agreements/idlib-2018.yaml"), geojson), null,
				Actor.SYSTEM);
		Instant moscow = LocalDateTime.parse("2020-03-06T00:01").atZone(ZoneId.of("Asia/Damascus")).toInstant();
		definitions.amend(LOG, new AgreementDefinitions.Files(read("demo/agreements/idlib-2018-moscow-2020.yaml"), geojson),
				"Moscow protocol", moscow, null, Actor.SYSTEM);
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
