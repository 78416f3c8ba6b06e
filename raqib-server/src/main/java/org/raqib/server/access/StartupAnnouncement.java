package org.raqib.server.access;

import java.io.PrintStream;
import java.util.Map;

import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Raqib where to log in, and as whom. */
@Component
@ConditionalOnWebApplication
class StartupAnnouncement {

	private final FirstStartAccounts accounts;

	private final RaqibProperties properties;

	StartupAnnouncement(FirstStartAccounts accounts, RaqibProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@EventListener
	void announce(ApplicationReadyEvent ready) {
		if (ready.getApplicationContext() instanceof WebServerApplicationContext server) {
			print(System.out, "http://localhost:" + server.getWebServer().getPort() + "/", this.accounts.logins());
		}
	}

	void print(PrintStream out, String url, Map<String, String> logins) {
		out.println();
		out.println("  Raqib is ready: " + url + (this.properties.demo() ? "  (demo data)" : ""));
		out.println("  Data directory: " + this.properties.dataDir());
		if (logins.isEmpty()) {
			out.println("  Log in with your account (the first administrator is 'admin').");
		}
		else {
			out.println("  Log in as:");
			logins.forEach((user, password) -> out.printf("    %-16s %s%n", user, password));
			if (!this.properties.demo()) {
				out.println("  This password is shown once: keep it, then change it under 'My account'.");
			}
		}
		out.println();
	}

}
