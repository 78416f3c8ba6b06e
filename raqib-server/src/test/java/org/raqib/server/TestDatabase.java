package org.raqib.server;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.raqib.server.system.DatabaseSettings;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at its database: a fresh in-memory H2 database by default, or the PostgreSQL
 * database of {@code RAQIB_TEST_PG_URL} when {@code raqib.test.database=postgresql}. On PostgreSQL,
 * migrations run as the owner role ({@code RAQIB_TEST_PG_OWNER_USER}) and the application connects as the
 * application role ({@code RAQIB_TEST_PG_USER}), as in production.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static boolean isPostgres() {
		return "postgresql".equals(System.getProperty("raqib.test.database"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> settings = new HashMap<>();
		if (isPostgres()) {
			String url = required("RAQIB_TEST_PG_URL");
			settings.put("spring.datasource.url", url);
			settings.put("spring.datasource.username", env("RAQIB_TEST_PG_USER", "raqib_app"));
			settings.put("spring.datasource.password", env("RAQIB_TEST_PG_PASSWORD", ""));
			settings.put("spring.flyway.url", url);
			settings.put("spring.flyway.user", env("RAQIB_TEST_PG_OWNER_USER", env("RAQIB_TEST_PG_USER", "raqib_app")));
			settings.put("spring.flyway.password",
					env("RAQIB_TEST_PG_OWNER_PASSWORD", env("RAQIB_TEST_PG_PASSWORD", "")));
			settings.put("spring.flyway.placeholders.appRole", env("RAQIB_TEST_PG_USER", "raqib_app"));
		}
		else {
			settings.put("spring.datasource.url",
					"jdbc:h2:mem:raqib-" + UUID.randomUUID() + DatabaseSettings.H2_OPTIONS.replace(";DB_CLOSE_ON_EXIT=FALSE", "")
							+ ";DB_CLOSE_DELAY=-1");
			settings.put("spring.datasource.username", "sa");
		}
		try {
			settings.put("raqib.data-dir", Files.createTempDirectory("raqib-test-").toString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", settings));
	}

	private static String required(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(name + " must be set to run the PostgreSQL tests");
		}
		return value;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Every context starts from an empty schema, so a PostgreSQL database left by an earlier run does not leak in. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CleanStart {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return flyway -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

}
