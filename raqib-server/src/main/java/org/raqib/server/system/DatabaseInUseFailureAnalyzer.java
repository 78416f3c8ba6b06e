package org.raqib.server.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns H2's "database may be already in use" into advice: another Raqib process (usually the server)
 * holds the embedded database file.
 */
public class DatabaseInUseFailureAnalyzer implements FailureAnalyzer {

	/** H2's ErrorCode.DATABASE_ALREADY_OPEN_1. */
	static final int DATABASE_ALREADY_OPEN = 90020;

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
				return new FailureAnalysis(
						"The embedded database is in use by another Raqib process (most likely a running server).",
						"Stop the server and run the command again, or do it through the running server's web pages "
								+ "or API. To run commands beside a server, use PostgreSQL (RAQIB_DB_URL).",
						cause);
			}
		}
		return null;
	}

}
