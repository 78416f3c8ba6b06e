package org.raqib.server.system;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects: PostgreSQL when {@code RAQIB_DB_URL} is set, otherwise
 * the embedded H2 file database in the data directory.
 *
 * <p>Settings given explicitly ({@code spring.datasource.url} and friends) still win: these are added
 * with the lowest precedence.
 */
public class DatabaseSettings implements EnvironmentPostProcessor {

	/** Without WRITE_DELAY=0 a crash loses transactions H2 has already reported committed. */
	public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			+ ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> settings = new LinkedHashMap<>();
		String url = environment.getProperty("RAQIB_DB_URL");
		String appUser = environment.getProperty("RAQIB_DB_USER", "");
		if (StringUtils.hasText(url)) {
			url = withBatchedInserts(url);
			settings.put("spring.datasource.url", url);
			settings.put("spring.datasource.username", appUser);
			settings.put("spring.datasource.password", environment.getProperty("RAQIB_DB_PASSWORD", ""));
			String owner = environment.getProperty("RAQIB_DB_OWNER_USER");
			if (StringUtils.hasText(owner)) {
				settings.put("spring.flyway.url", url);
				settings.put("spring.flyway.user", owner);
				settings.put("spring.flyway.password", environment.getProperty("RAQIB_DB_OWNER_PASSWORD", ""));
			}
		}
		else {
			Path dataDir = Path.of(environment.getProperty("raqib.data-dir", "./raqib-data")).toAbsolutePath().normalize();
			settings.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("raqib") + H2_OPTIONS);
			settings.put("spring.datasource.username", "sa");
		}
		settings.put("spring.flyway.placeholders.appRole", appUser);
		environment.getPropertySources().addLast(new MapPropertySource("raqibDatabase", settings));
	}

	/** PostgreSQL's driver sends a batch of inserts as one statement only when asked to. */
	static String withBatchedInserts(String url) {
		if (!url.startsWith("jdbc:postgresql:") || url.contains("reWriteBatchedInserts")) {
			return url;
		}
		return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
	}

}
