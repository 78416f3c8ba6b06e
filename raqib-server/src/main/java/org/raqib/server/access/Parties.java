package org.raqib.server.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code party} table. */
@Repository
public class Parties {

	private static final String SELECT = """
			SELECT id, code, name_ar, name_en, active, created_at, updated_at FROM party
			""";

	private final JdbcClient jdbc;

	Parties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Party> all() {
		return this.jdbc.sql(SELECT + " ORDER BY code").query(Parties::party).list();
	}

	public Optional<Party> byCode(String code) {
		return this.jdbc.sql(SELECT + " WHERE code = :code").param("code", code).query(Parties::party).optional();
	}

	void insert(Party party) {
		this.jdbc.sql("""
				INSERT INTO party (id, code, name_ar, name_en, active, created_at, updated_at)
				VALUES (:id, :code, :nameAr, :nameEn, :active, :createdAt, :updatedAt)
				""")
			.param("id", party.id())
			.param("code", party.code())
			.param("nameAr", party.nameAr())
			.param("nameEn", party.nameEn())
			.param("active", party.active())
			.param("createdAt", Timestamps.utc(party.createdAt()))
			.param("updatedAt", Timestamps.utc(party.updatedAt()))
			.update();
	}

	void update(Party party) {
		this.jdbc.sql("""
				UPDATE party SET name_ar = :nameAr, name_en = :nameEn, active = :active, updated_at = :updatedAt
				WHERE id = :id
				""")
			.param("id", party.id())
			.param("nameAr", party.nameAr())
			.param("nameEn", party.nameEn())
			.param("active", party.active())
			.param("updatedAt", Timestamps.utc(party.updatedAt()))
			.update();
	}


	private static Party party(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Party(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_ar"),
				rs.getString("name_en"), rs.getBoolean("active"), Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "updated_at"));
	}

}
