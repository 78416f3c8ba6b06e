package org.raqib.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@ContextTest
class AccessAuditTests {

	@Autowired
	AccessAudit audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration users;

	@Test
	void changesToUsersAndGrantsAreRecordedWithWhoAndFromWhere() {
		var actor = new Actor("admin", "198.51.100.4");
		var created = this.users.create(new NewUser("audited-user", "Audited", null, Role.VIEWER, "gaza-2025", null),
				actor);
		this.users.setEnabled(created.user().id(), false, actor);
		assertThat(this.audit.page(null, 0, 20)).extracting(AuditEntry::action, AuditEntry::subject,
				AuditEntry::remoteAddress)
			.contains(org.assertj.core.groups.Tuple.tuple(AuditAction.USER_CREATED, "audited-user", "198.51.100.4"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.GRANT_ADDED, "audited-user", "198.51.100.4"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.USER_DISABLED, "audited-user", "198.51.100.4"));
	}

	@Test
	void theDatabaseRefusesToUpdateTheAudit() {
		this.audit.record(Actor.SYSTEM, AuditAction.LOGIN, "someone", "");
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE access_audit SET actor = 'forged'").update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void onPostgresqlTheApplicationRoleMayOnlyReadAndAppend() {
		org.junit.jupiter.api.Assumptions.assumeTrue(org.raqib.server.TestDatabase.isPostgres());
		for (String privilege : new String[] { "UPDATE", "DELETE", "TRUNCATE" }) {
			assertThat(this.jdbc.sql("SELECT has_table_privilege(current_user, 'access_audit', :p)")
				.param("p", privilege)
				.query(Boolean.class)
				.single()).as(privilege).isFalse();
		}
		assertThat(this.jdbc.sql("SELECT has_table_privilege(current_user, 'access_audit', 'INSERT')")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theDatabaseRefusesToDeleteFromTheAudit() {
		this.audit.record(Actor.SYSTEM, AuditAction.LOGIN, "someone", "");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM access_audit").update())
			.isInstanceOf(DataAccessException.class);
		assertThat(this.audit.page(null, 0, 1)).isNotEmpty();
	}

}
