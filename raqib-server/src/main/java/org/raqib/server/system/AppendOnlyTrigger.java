package org.raqib.server.system;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's half of "the database refuses it": a row trigger that rejects every UPDATE and DELETE on an
 * append-only table. PostgreSQL uses a PL/pgSQL trigger and revoked privileges instead.
 */
public class AppendOnlyTrigger implements Trigger {

	private String table = "";

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(this.table + " is append-only: rows are never updated or deleted", "42501");
	}

}
