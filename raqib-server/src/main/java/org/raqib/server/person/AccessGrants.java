package org.raqib.server.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code person_access} table: need-to-know grants, kept after revocation as their history. */
@Repository
class AccessGrants {

	/**
	 * A need-to-know grant.
	 * @param log the log (agreement), or {@code *} for every log.
	 * @param party whose persons may be read, or {@code *} for every party's.
	 */
	record AccessGrant(UUID id, UUID userId, String username, String log, String party, Purpose purpose,
			Instant grantedAt, String grantedBy, @Nullable Instant revokedAt, @Nullable String revokedBy) {

		static final String EVERY = "*";

		boolean active() {
			return this.revokedAt == null;
		}

		boolean coversParty(String code) {
			return this.party.equals(EVERY) || this.party.equals(code);
		}

	}

	private static final String SELECT = """
			SELECT id, user_id, username, log_id, party, purpose, granted_at, granted_by, revoked_at, revoked_by
			FROM person_access
			""";

	private final JdbcClient jdbc;

	AccessGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The user's unrevoked grants for the log (or every log) and purpose. */
	List<AccessGrant> active(UUID userId, String log, Purpose purpose) {
		return this.jdbc.sql(SELECT + """
				WHERE user_id = :user AND revoked_at IS NULL AND (log_id = :log OR log_id = '*') AND purpose = :purpose
				ORDER BY granted_at, id
				""")
			.param("user", userId)
			.param("log", log)
			.param("purpose", purpose.name())
			.query(AccessGrants::grant)
			.list();
	}

	/** Every grant naming the log, the revoked ones last. */
	List<AccessGrant> ofLog(String log) {
		return this.jdbc.sql(SELECT + """
				WHERE log_id = :log OR log_id = '*'
				ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, username, party, purpose, granted_at
				""")
			.param("log", log)
			.query(AccessGrants::grant)
			.list();
	}

	Optional<AccessGrant> byId(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(AccessGrants::grant).optional();
	}

	void insert(AccessGrant grant) {
		this.jdbc.sql("""
				INSERT INTO person_access (id, user_id, username, log_id, party, purpose, granted_at, granted_by)
				VALUES (:id, :user, :username, :log, :party, :purpose, :grantedAt, :grantedBy)
				""")
			.param("id", grant.id())
			.param("user", grant.userId())
			.param("username", grant.username())
			.param("log", grant.log())
			.param("party", grant.party())
			.param("purpose", grant.purpose().name())
			.param("grantedAt", Timestamps.utc(grant.grantedAt()))
			.param("grantedBy", grant.grantedBy())
			.update();
	}

	int revoke(UUID id, String by, Instant now) {
		return this.jdbc.sql("""
				UPDATE person_access SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL
				""")
			.param("id", id)
			.param("by", by)
			.param("now", Timestamps.utc(now))
			.update();
	}

	private static AccessGrant grant(ResultSet rs, int row) throws SQLException {
		return new AccessGrant(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("username"), rs.getString("log_id"), rs.getString("party"),
				Purpose.valueOf(rs.getString("purpose")), Timestamps.instant(rs, "granted_at"),
				rs.getString("granted_by"), Timestamps.instant(rs, "revoked_at"), rs.getString("revoked_by"));
	}

}
