package org.raqib.server.access;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.raqib.server.system.OwnerOnly;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes a fresh installation usable: an administrator when there is none and, in demo mode,
 * the demo parties and users. Which logins to print at start is collected in {@link #logins()}.
 */
@Component
@ConditionalOnWebApplication
@Order(0)
class FirstStartAccounts implements org.springframework.boot.ApplicationRunner {

	static final String ADMIN = "admin";

	static final String DEMO_LOGINS = "demo-logins.properties";

	private final UserAdministration users;

	private final PartyAdministration parties;

	private final RaqibProperties properties;

	private final Map<String, String> logins = new LinkedHashMap<>();

	FirstStartAccounts(UserAdministration users, PartyAdministration parties, RaqibProperties properties) {
		this.users = users;
		this.parties = parties;
		this.properties = properties;
	}

	@Override
	public void run(org.springframework.boot.ApplicationArguments args) throws IOException {
		Properties demo = this.properties.demo() ? readDemoLogins() : new Properties();
		if (!this.users.hasAdministrator() && this.users.byUsername(ADMIN).isEmpty()) {
			try {
				createAdmin(demo);
			}
			catch (org.springframework.dao.DataIntegrityViolationException | org.raqib.server.system.InvalidInput ex) {
				// Another node sharing the database created it first: one administrator is all that is needed.
				if (this.users.byUsername(ADMIN).isEmpty()) {
					throw ex;
				}
			}
		}
		if (this.properties.demo()) {
			createDemo(demo);
			writeDemoLogins(demo);
			demo.stringPropertyNames().stream().sorted(this::byRole).forEach(name -> this.logins.put(name, demo.getProperty(name)));
		}
	}

	/** User name to password, for the start-up announcement; empty outside demo mode after the first start. */
	Map<String, String> logins() {
		return this.logins;
	}

	private void createAdmin(Properties demo) {
		String chosen = this.properties.adminPassword();
		var created = this.users.create(new NewUser(ADMIN, "Administrator", chosen.isEmpty() ? null : chosen, Role.ADMIN,
				Grant.EVERY_AGREEMENT, null), Actor.SYSTEM);
		if (created.generatedPassword() != null) {
			this.logins.put(ADMIN, created.generatedPassword());
			demo.setProperty(ADMIN, created.generatedPassword());
		}
	}

	private void createDemo(Properties demo) {
		for (PartyDetails party : DemoAccess.PARTIES) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(party.code()))) {
				this.parties.register(party, Actor.SYSTEM);
			}
		}
		for (DemoAccess.DemoUser user : DemoAccess.USERS) {
			if (this.users.byUsername(user.username()).isEmpty()) {
				var created = this.users.create(new NewUser(user.username(), user.displayName(), null, user.role(),
						user.agreement(), user.party()), Actor.SYSTEM);
				demo.setProperty(user.username(), created.generatedPassword());
			}
		}
	}

	private int byRole(String a, String b) {
		return Integer.compare(order(a), order(b)) != 0 ? Integer.compare(order(a), order(b)) : a.compareTo(b);
	}

	private static int order(String username) {
		if (username.equals(ADMIN)) {
			return -1;
		}
		for (int i = 0; i < DemoAccess.USERS.size(); i++) {
			if (DemoAccess.USERS.get(i).username().equals(username)) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	private Properties readDemoLogins() throws IOException {
		var demo = new Properties();
		Path file = this.properties.dataDir().resolve(DEMO_LOGINS);
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				demo.load(reader);
			}
		}
		return demo;
	}

	private void writeDemoLogins(Properties demo) throws IOException {
		Path file = this.properties.dataDir().resolve(DEMO_LOGINS);
		Files.createDirectories(file.getParent());
		if (!Files.exists(file)) {
			Files.createFile(file);
		}
		OwnerOnly.file(file);
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			demo.store(writer, "Demo logins: for demonstration only");
		}
	}

}
