package org.raqib.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.raqib.server.RaqibApplication;
import org.raqib.server.access.Actor;
import org.raqib.server.access.ApiTokens;
import org.raqib.server.access.NewUser;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.record.LogAdministration;
import org.raqib.server.record.LogInfo;
import org.raqib.server.record.NewLog;
import org.raqib.server.system.DatabaseSettings;
import org.raqib.tlog.SignerKey;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server under test, in this process: on a fresh H2 file database in a temporary data directory, or
 * on the PostgreSQL database of {@code RAQIB_BENCH_PG_URL}, cleaned first. Everything it needs is set up
 * through the public services, as an administrator would.
 */
final class BenchServer implements AutoCloseable {

	/** A log where side A signs with keys it holds, one per client thread. */
	record BenchLog(LogInfo info, List<PartyKey> keys) {

		String id() {
			return this.info.id();
		}

	}

	private static final List<String> PARTIES = List.of("side-a", "side-b", "mediator-m");

	private final ConfigurableApplicationContext context;

	private final Path dataDir;

	private final String database;

	private BenchServer(ConfigurableApplicationContext context, Path dataDir, String database) {
		this.context = context;
		this.dataDir = dataDir;
		this.database = database;
	}

	static BenchServer start(BenchSettings settings) throws IOException {
		Path dataDir = Files.createTempDirectory("raqib-bench-");
		var args = new ArrayList<>(List.of("--server.port=0", "--raqib.data-dir=" + dataDir, "--raqib.key-dir=",
				"--raqib.admin-password=bench-admin-password", "--logging.level.root=warn",
				"--logging.level.org.raqib=warn"));
		String database;
		if (settings.postgres()) {
			String url = env("RAQIB_BENCH_PG_URL", null);
			String user = env("RAQIB_BENCH_PG_USER", "raqib_owner");
			String password = env("RAQIB_BENCH_PG_PASSWORD", "");
			Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();
			args.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + password, "--spring.flyway.placeholders.appRole=" + user));
			database = "PostgreSQL " + url + " as " + user;
		}
		else {
			String url = "jdbc:h2:file:" + dataDir.resolve("raqib") + DatabaseSettings.H2_OPTIONS;
			args.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=sa"));
			database = "H2 file database in " + dataDir;
		}
		// Extra server settings for experiments, e.g. -Dbench.spring="--spring.datasource.hikari.maximum-pool-size=20"
		for (String extra : System.getProperty("bench.spring", "").split(" ")) {
			if (extra.startsWith("--")) {
				args.add(extra);
			}
		}
		var context = SpringApplication.run(RaqibApplication.class, args.toArray(String[]::new));
		return new BenchServer(context, dataDir, database);
	}

	String database() {
		return this.database;
	}

	String baseUrl() {
		return "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	DataSource dataSource() {
		return bean(DataSource.class);
	}

	/** A log with two sides and a mediator, where side A registered {@code keys} keys of its own. */
	BenchLog createLog(String id, List<SignerKey> keys) {
		PartyAdministration parties = bean(PartyAdministration.class);
		for (String code : PARTIES) {
			if (parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		LogAdministration logs = bean(LogAdministration.class);
		LogInfo log = logs.create(new NewLog(id, List.of(new NewLog.LogParty("side-a", List.of("side")),
				new NewLog.LogParty("side-b", List.of("side")), new NewLog.LogParty("mediator-m", List.of("mediator")))),
				Actor.SYSTEM);
		var partyKeys = new ArrayList<PartyKey>();
		for (SignerKey key : keys) {
			logs.registerKey(id, "side-a", key.verifierKey().encode(), Actor.SYSTEM);
			partyKeys.add(new PartyKey(key, log.origin()));
		}
		return new BenchLog(log, partyKeys);
	}

	static List<SignerKey> generateKeys(int count) {
		var random = new SecureRandom();
		var keys = new ArrayList<SignerKey>();
		for (int i = 1; i <= count; i++) {
			keys.add(SignerKey.generate("side-a/k" + i, random));
		}
		return keys;
	}

	/** A liaison of side A in every log. */
	RaqibUser liaison() {
		UserAdministration users = bean(UserAdministration.class);
		var created = users.create(new NewUser("bench-liaison", "Bench liaison", null, Role.PARTY_LIAISON, "*",
				"side-a"), Actor.SYSTEM);
		return users.principal(created.user().id());
	}

	String token(RaqibUser user) {
		return bean(ApiTokens.class).issue(user, new ApiTokens.TokenRequest("record benchmark", 1), Actor.SYSTEM)
			.secret();
	}

	@Override
	public void close() {
		this.context.close();
		try (Stream<Path> files = Files.walk(this.dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		if ((value == null || value.isBlank()) && fallback == null) {
			throw new IllegalStateException(name + " must be set to run the benchmark on PostgreSQL");
		}
		return value == null || value.isBlank() ? fallback : value;
	}

}
