package org.raqib.server.system;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tables as JSON lines, for backups: one object per row, values typed by the column (UUIDs and times as
 * text, dates as ISO days, bytes as base64), read back with the same types so PostgreSQL and H2 bind them natively.
 */
@Component
public class TableDump {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	TableDump(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void dump(String table, String orderBy, Path file) {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			this.jdbc.sql("SELECT * FROM " + table + " ORDER BY " + orderBy).query((java.sql.ResultSet rs) -> {
				ResultSetMetaData meta = rs.getMetaData();
				var row = new LinkedHashMap<String, Object>();
				for (int c = 1; c <= meta.getColumnCount(); c++) {
					row.put(meta.getColumnLabel(c).toLowerCase(),
							value(rs, c, Kind.of(meta.getColumnType(c), meta.getColumnTypeName(c))));
				}
				try {
					out.write(JSON.writeValueAsString(row));
					out.newLine();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/** Inserts every row of the file, leaving out {@code generated} columns (identities the table assigns). */
	public void load(String table, Path file, Set<String> generated) {
		Map<String, Kind> kinds = columnTypes(table);
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				JsonNode row = JSON.readTree(line);
				List<String> columns = row.propertyNames().stream().filter(c -> !generated.contains(c)).toList();
				var insert = this.jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
						+ String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")");
				for (String column : columns) {
					insert = insert.param(column, bind(row.get(column), kinds.getOrDefault(column, Kind.TEXT)));
				}
				insert.update();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/** How a column's values travel: what JDBC calls the type, reduced to what JSON must preserve. */
	enum Kind {

		UUID_VALUE, BYTES, TIME, DATE, LONG, INT, BOOL, TEXT;

		static Kind of(int type, String typeName) {
			if ("uuid".equalsIgnoreCase(typeName)) {
				return UUID_VALUE;
			}
			return switch (type) {
				case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
				case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIME;
				case Types.DATE -> DATE;
				case Types.BIGINT -> LONG;
				case Types.INTEGER, Types.SMALLINT -> INT;
				case Types.BOOLEAN, Types.BIT -> BOOL;
				default -> TEXT;
			};
		}

	}

	private Map<String, Kind> columnTypes(String table) {
		return this.jdbc.sql("SELECT * FROM " + table + " WHERE 1 = 0").query(rs -> {
			ResultSetMetaData meta = rs.getMetaData();
			var kinds = new LinkedHashMap<String, Kind>();
			for (int c = 1; c <= meta.getColumnCount(); c++) {
				kinds.put(meta.getColumnLabel(c).toLowerCase(), Kind.of(meta.getColumnType(c), meta.getColumnTypeName(c)));
			}
			return kinds;
		});
	}

	private static Object value(java.sql.ResultSet rs, int column, Kind kind) throws java.sql.SQLException {
		if (rs.getObject(column) == null) {
			return null;
		}
		return switch (kind) {
			case UUID_VALUE -> rs.getObject(column, UUID.class).toString();
			case BYTES -> Base64.getEncoder().encodeToString(rs.getBytes(column));
			case TIME -> rs.getObject(column, OffsetDateTime.class).toString();
			case DATE -> rs.getObject(column, LocalDate.class).toString();
			case LONG -> rs.getLong(column);
			case INT -> rs.getInt(column);
			case BOOL -> rs.getBoolean(column);
			case TEXT -> rs.getString(column);
		};
	}

	private static Object bind(JsonNode value, Kind kind) {
		if (value == null || value.isNull()) {
			return null;
		}
		return switch (kind) {
			case UUID_VALUE -> UUID.fromString(value.asString());
			case BYTES -> Base64.getDecoder().decode(value.asString());
			case TIME -> OffsetDateTime.parse(value.asString());
			case DATE -> LocalDate.parse(value.asString());
			case LONG -> value.asLong();
			case INT -> value.asInt();
			case BOOL -> value.asBoolean();
			case TEXT -> value.asString();
		};
	}

}
