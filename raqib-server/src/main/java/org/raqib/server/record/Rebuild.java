package org.raqib.server.record;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays a log into fresh projection tables and compares them with the live ones: the proof that
 * projections are a function of the log alone. Runs in one transaction that is rolled back unless asked
 * to repair, so the live tables are untouched by a check.
 */
@Service
public class Rebuild {

	/** What a replay found: per table, the rows only the live tables had and those only the replay made. */
	public record Report(String log, long entries, List<String> tables, Map<String, List<String>> onlyLive,
			Map<String, List<String>> onlyReplayed, List<String> failures) {

		public boolean matches() {
			return this.onlyLive.values().stream().allMatch(List::isEmpty)
					&& this.onlyReplayed.values().stream().allMatch(List::isEmpty) && this.failures.isEmpty();
		}

	}

	private final EntryStore entries;

	private final Projections projections;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	Rebuild(EntryStore entries, Projections projections, JdbcClient jdbc, PlatformTransactionManager manager) {
		this.entries = entries;
		this.projections = projections;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(manager);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	public Report rebuild(String log, boolean repair) {
		return this.transactions.execute(status -> {
			List<String> tables = this.projections.tables();
			Map<String, List<String>> live = snapshot(tables, log);
			tables.forEach(table -> this.jdbc.sql("DELETE FROM " + table + " WHERE log_id = :log").param("log", log).update());
			var failures = new ArrayList<String>();
			long[] count = { 0 };
			this.entries.forEach(log, stored -> {
				Object savepoint = status.createSavepoint();
				try {
					this.projections.project(Projections.recorded(log, stored.entry(), stored.payload()));
					status.releaseSavepoint(savepoint);
				}
				catch (RuntimeException ex) {
					status.rollbackToSavepoint(savepoint);
					failures.add(stored.entry().index() + ": " + ex.getMessage());
				}
				count[0]++;
			});
			Map<String, List<String>> replayed = snapshot(tables, log);
			var report = new Report(log, count[0], tables, difference(live, replayed), difference(replayed, live),
					failures);
			if (!repair || !failures.isEmpty()) {
				status.setRollbackOnly();
			}
			return report;
		});
	}

	private Map<String, List<String>> snapshot(List<String> tables, String log) {
		var rows = new LinkedHashMap<String, List<String>>();
		for (String table : tables) {
			rows.put(table, this.jdbc.sql("SELECT * FROM " + table + " WHERE log_id = :log")
				.param("log", log)
				.query((rs, row) -> {
					ResultSetMetaData meta = rs.getMetaData();
					var text = new StringBuilder();
					for (int column = 1; column <= meta.getColumnCount(); column++) {
						Object value = rs.getObject(column);
						text.append(meta.getColumnLabel(column).toLowerCase()).append('=')
							.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
									: value instanceof java.sql.Timestamp || value instanceof java.time.OffsetDateTime
											? String.valueOf(rs.getObject(column, java.time.OffsetDateTime.class).toInstant())
											: String.valueOf(value))
							.append(';');
					}
					return text.toString();
				})
				.list()
				.stream()
				.sorted()
				.toList());
		}
		return rows;
	}

	private static Map<String, List<String>> difference(Map<String, List<String>> a, Map<String, List<String>> b) {
		var only = new LinkedHashMap<String, List<String>>();
		a.forEach((table, rows) -> {
			var missing = new ArrayList<>(rows);
			b.getOrDefault(table, List.of()).forEach(missing::remove);
			only.put(table, missing);
		});
		return only;
	}

}
