package org.raqib.server.person;

import java.util.List;

import org.raqib.server.access.UserAdministration;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's need-to-know grants for the Gaza exchange and the reconciliation of its lists: the mediator
 * reads every party's lists, and each side's liaison reads both sides' lists, because the sides exchange
 * them. Runs after the demo
 * users exist.
 */
@Component
@ConditionalOnWebApplication
@Order(2)
class DemoPersonAccess implements ApplicationRunner {

	record DemoGrant(String username, String party) {
	}

	static final String GAZA = "gaza-2025";

	static final List<DemoGrant> GRANTS = List.of(new DemoGrant("mediator", "*"),
			new DemoGrant("liaison-hamas", "hamas"), new DemoGrant("liaison-hamas", "israel"),
			new DemoGrant("liaison-israel", "hamas"), new DemoGrant("liaison-israel", "israel"));

	private final RaqibProperties properties;

	private final UserAdministration users;

	private final NeedToKnow needToKnow;

	DemoPersonAccess(RaqibProperties properties, UserAdministration users, NeedToKnow needToKnow) {
		this.properties = properties;
		this.users = users;
		this.needToKnow = needToKnow;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo()) {
			return;
		}
		for (Purpose purpose : List.of(Purpose.EXCHANGE, Purpose.RECONCILIATION)) {
			for (DemoGrant grant : GRANTS) {
				this.users.byUsername(grant.username())
					.filter(account -> !this.needToKnow.holds(account, GAZA, grant.party(), purpose))
					.ifPresent(account -> this.needToKnow.insert(account, GAZA, grant.party(), purpose, "system"));
			}
		}
	}

}
