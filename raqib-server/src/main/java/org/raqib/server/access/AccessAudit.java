package org.raqib.server.access;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The access audit: logins, failed logins, and changes to users, grants, parties and tokens. Append-only:
 * the database refuses to update or delete its rows.
 */
@Component
public class AccessAudit {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(Actor actor, AuditAction action, String subject, String detail) {
		this.jdbc.sql("""
				INSERT INTO access_audit (occurred_at, actor, action, subject, detail, remote_addr)
				VALUES (:at, :actor, :action, :subject, :detail, :addr)
				""")
			.param("at", Timestamps.utc(this.clock.instant()))
			.param("actor", truncate(actor.username(), 64))
			.param("action", action.name())
			.param("subject", truncate(subject, 200))
			.param("detail", truncate(detail, 1000))
			.param("addr", truncate(actor.remoteAddress(), 64))
			.update();
	}

	/**
	 * @param action only this action, or every action when {@code null}.
	 * @param page from 0, newest first.
	 */
	public List<AuditEntry> page(@Nullable AuditAction action, int page, int size) {
		String where = action == null ? "" : " WHERE action = :action";
		var spec = this.jdbc.sql("""
				SELECT id, occurred_at, actor, action, subject, detail, remote_addr FROM access_audit
				""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.param("limit", size)
			.param("offset", (long) page * size);
		if (action != null) {
			spec = spec.param("action", action.name());
		}
		return spec.query((rs, row) -> new AuditEntry(rs.getLong("id"), Timestamps.instant(rs, "occurred_at"),
				rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("subject"),
				rs.getString("detail"), rs.getString("remote_addr")))
			.list();
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
