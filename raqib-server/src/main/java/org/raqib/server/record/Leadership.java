package org.raqib.server.record;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Which node sequences which log. On PostgreSQL, several server processes may share the database: each
 * log's sequencer holds an advisory lock on a connection of its own, outside the pool, so the lock lives
 * exactly as long as that session; the entries' primary key fences any append a node makes after losing
 * it. The embedded H2 database is opened by one process only, which therefore sequences every log.
 */
@Component
class Leadership {

	/** The first half of the two-part advisory lock key: "RAQB". */
	static final int LOCK_CLASS = 0x52415142;

	private static final Logger logger = LoggerFactory.getLogger(Leadership.class);

	private final boolean shared;

	private final Environment environment;

	private final Set<String> held = new HashSet<>();

	private Connection session;

	Leadership(DataSource dataSource, Environment environment) {
		this.shared = isPostgres(dataSource);
		this.environment = environment;
	}

	synchronized boolean tryLead(String log) {
		if (!this.shared || this.held.contains(log)) {
			return !this.shared || stillLeading(log);
		}
		try (PreparedStatement lock = session().prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
			lock.setInt(1, LOCK_CLASS);
			lock.setString(2, log);
			try (ResultSet rs = lock.executeQuery()) {
				boolean acquired = rs.next() && rs.getBoolean(1);
				if (acquired) {
					this.held.add(log);
					logger.info("this node now sequences log {}", log);
				}
				return acquired;
			}
		}
		catch (SQLException ex) {
			logger.warn("cannot take the sequencing lock of log {}: {}", log, ex.getMessage());
			closeSession();
			return false;
		}
	}

	synchronized boolean stillLeading(String log) {
		if (!this.shared) {
			return true;
		}
		try {
			if (this.held.contains(log) && this.session != null && this.session.isValid(2)) {
				return true;
			}
		}
		catch (SQLException ex) {
			logger.warn("the sequencing lock session failed: {}", ex.getMessage());
		}
		closeSession();
		return false;
	}

	synchronized void releaseAll() {
		closeSession();
	}

	private Connection session() throws SQLException {
		if (this.session == null || this.session.isClosed()) {
			this.session = DriverManager.getConnection(this.environment.getRequiredProperty("spring.datasource.url"),
					this.environment.getProperty("spring.datasource.username", ""),
					this.environment.getProperty("spring.datasource.password", ""));
			this.held.clear();
		}
		return this.session;
	}

	private void closeSession() {
		this.held.clear();
		if (this.session != null) {
			try {
				this.session.close();
			}
			catch (SQLException ex) {
				// the session is gone either way, and with it every lock it held
			}
			this.session = null;
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
			return product != null && product.toLowerCase().contains("postgres");
		}
		catch (Exception ex) {
			return false;
		}
	}

}
