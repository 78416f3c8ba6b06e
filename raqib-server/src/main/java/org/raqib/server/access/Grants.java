package org.raqib.server.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code role_grant} table. */
@Repository
class Grants {

	private static final String SELECT = """
			SELECT id, user_id, role, agreement, party_code, granted_at, granted_by FROM role_grant
			""";

	private final JdbcClient jdbc;

	Grants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Grant> of(UUID userId) {
		return this.jdbc.sql(SELECT + " WHERE user_id = :user ORDER BY granted_at, id")
			.param("user", userId)
			.query(Grants::grant)
			.list();
	}

	Map<UUID, List<Grant>> all() {
		record Row(UUID user, Grant grant) {
		}
		return this.jdbc.sql(SELECT + " ORDER BY granted_at, id")
			.query((rs, row) -> new Row(rs.getObject("user_id", UUID.class), grant(rs, row)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Row::user, Collectors.mapping(Row::grant, Collectors.toList())));
	}

	/** How many enabled users hold the role, counting each user once. */
	long enabledHolders(Role role) {
		return this.jdbc.sql("""
				SELECT COUNT(DISTINCT g.user_id) FROM role_grant g JOIN app_user u ON u.id = g.user_id
				WHERE g.role = :role AND u.enabled = TRUE
				""").param("role", role.name()).query(Long.class).single();
	}

	void insert(UUID userId, Grant grant) {
		this.jdbc.sql("""
				INSERT INTO role_grant (id, user_id, role, agreement, party_code, granted_at, granted_by)
				VALUES (:id, :user, :role, :agreement, :party, :grantedAt, :grantedBy)
				""")
			.param("id", grant.id())
			.param("user", userId)
			.param("role", grant.role().name())
			.param("agreement", grant.agreement())
			.param("party", grant.party())
			.param("grantedAt", Timestamps.utc(grant.grantedAt()))
			.param("grantedBy", grant.grantedBy())
			.update();
	}

	int delete(UUID userId, UUID grantId) {
		return this.jdbc.sql("DELETE FROM role_grant WHERE id = :id AND user_id = :user")
			.param("id", grantId)
			.param("user", userId)
			.update();
	}

	private static Grant grant(ResultSet rs, int row) throws SQLException {
		return new Grant(rs.getObject("id", UUID.class), Role.valueOf(rs.getString("role")), rs.getString("agreement"),
				rs.getString("party_code"), Timestamps.instant(rs, "granted_at"), rs.getString("granted_by"));
	}

}
