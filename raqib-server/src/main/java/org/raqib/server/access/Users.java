package org.raqib.server.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table; the password hash never leaves this package. */
@Repository
class Users {

	/** A user row as login needs it. */
	record Credentials(UUID id, String username, String displayName, String passwordHash, boolean enabled) {
	}

	private static final String SELECT = """
			SELECT id, username, display_name, enabled, created_at, updated_at FROM app_user
			""";

	private final JdbcClient jdbc;

	private final Grants grants;

	Users(JdbcClient jdbc, Grants grants) {
		this.jdbc = jdbc;
		this.grants = grants;
	}

	List<UserAccount> all() {
		var byUser = this.grants.all();
		return this.jdbc.sql(SELECT + " ORDER BY username")
			.query((rs, row) -> account(rs, byUser.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	// The grants are read after the user row, never inside its row mapper: a nested query would need a
	// second pooled connection while holding the first, and under load the pool deadlocks.
	Optional<UserAccount> byId(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> account(rs, List.of()))
			.optional()
			.map(this::withGrants);
	}

	Optional<UserAccount> byUsername(String username) {
		return this.jdbc.sql(SELECT + " WHERE username = :username")
			.param("username", username)
			.query((rs, row) -> account(rs, List.of()))
			.optional()
			.map(this::withGrants);
	}

	private UserAccount withGrants(UserAccount user) {
		return new UserAccount(user.id(), user.username(), user.displayName(), user.enabled(), user.createdAt(),
				user.updatedAt(), this.grants.of(user.id()));
	}

	Optional<Credentials> credentials(String username) {
		return this.jdbc.sql("SELECT id, username, display_name, password_hash, enabled FROM app_user WHERE username = :u")
			.param("u", username)
			.query((rs, row) -> new Credentials(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("enabled")))
			.optional();
	}

	boolean exists(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u")
			.param("u", username)
			.query(Long.class)
			.single() > 0;
	}

	void insert(UUID id, String username, String displayName, String passwordHash, Instant now) {
		this.jdbc.sql("""
				INSERT INTO app_user (id, username, display_name, password_hash, enabled, created_at, updated_at)
				VALUES (:id, :username, :displayName, :hash, TRUE, :now, :now)
				""")
			.param("id", id)
			.param("username", username)
			.param("displayName", displayName)
			.param("hash", passwordHash)
			.param("now", Timestamps.utc(now))
			.update();
	}

	void setEnabled(UUID id, boolean enabled, Instant now) {
		this.jdbc.sql("UPDATE app_user SET enabled = :enabled, updated_at = :now WHERE id = :id")
			.param("id", id)
			.param("enabled", enabled)
			.param("now", Timestamps.utc(now))
			.update();
	}

	void setPasswordHash(UUID id, String hash, Instant now) {
		this.jdbc.sql("UPDATE app_user SET password_hash = :hash, updated_at = :now WHERE id = :id")
			.param("id", id)
			.param("hash", hash)
			.param("now", Timestamps.utc(now))
			.update();
	}

	private static UserAccount account(ResultSet rs, List<Grant> grants) throws SQLException {
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getBoolean("enabled"), Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "updated_at"), grants);
	}

}
