package org.raqib.server.access;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.RaqibCommand;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./raqib create-user}: a user with one grant, created on the server machine. */
@Command(name = "create-user", mixinStandardHelpOptions = true,
		description = "Create a user with a role. The password is generated and printed unless given on standard input.")
public class CreateUserCommand implements RaqibCommand {

	@Option(names = "--username", required = true, description = "name to log in with (a-z, 0-9, . _ -)")
	String username = "";

	@Option(names = "--name", description = "name shown in the interface (default: the user name)")
	String displayName = "";

	@Option(names = "--role", required = true,
			description = "ADMIN, MEDIATOR, PARTY_LIAISON, MONITOR, AGENCY or VIEWER")
	Role role = Role.VIEWER;

	@Option(names = "--agreement", defaultValue = "*", description = "agreement identifier, or * for every agreement")
	String agreement = "*";

	@Option(names = "--party", description = "party code (required for PARTY_LIAISON and MONITOR)")
	String party = "";

	@Option(names = "--password-stdin", description = "read the password from the first line of standard input")
	boolean passwordFromStdin;

	@Override
	public int run(ApplicationContext context) throws Exception {
		String password = this.passwordFromStdin ? readLine() : null;
		String name = this.displayName.isBlank() ? this.username : this.displayName;
		try {
			var created = context.getBean(UserAdministration.class)
				.create(new NewUser(this.username, name, password, this.role, this.agreement, this.party),
						Actor.COMMAND_LINE);
			System.out.println("Created user " + created.user().username() + " (" + this.role + " in " + this.agreement
					+ ").");
			if (created.generatedPassword() != null) {
				System.out.println("Password (shown once): " + created.generatedPassword());
			}
			return 0;
		}
		catch (InvalidInput invalid) {
			MessageSource messages = context.getBean(MessageSource.class);
			invalid.problems().forEach(p -> System.err.println("--" + option(p.field()) + ": "
					+ messages.getMessage(p.code(), p.arguments().toArray(), p.code(), Locale.ENGLISH)));
			return 2;
		}
	}

	private static String option(String field) {
		return switch (field) {
			case "displayName" -> "name";
			case "password" -> "password-stdin";
			default -> field;
		};
	}

	private static String readLine() throws java.io.IOException {
		var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String line = reader.readLine();
		return line == null ? "" : line;
	}

}
