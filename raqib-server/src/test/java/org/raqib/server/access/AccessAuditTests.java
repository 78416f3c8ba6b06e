package org.raqib.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;

@ContextTest
class AccessAuditTests {

	@Autowired
	AccessAudit audit;

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

}
