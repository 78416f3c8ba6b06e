package org.raqib.server;

import java.util.ArrayList;
import java.util.List;

import org.raqib.server.system.RaqibCommand;
import org.raqib.server.system.RaqibCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Splits the command line into Spring's settings and Raqib's command, then serves or runs the command.
 *
 * <p>{@code --name.with.dots=value} and {@code --demo} go to Spring; everything else is the command
 * and its options, parsed by picocli before anything starts, so that {@code help} and a mistyped option
 * answer at once.
 */
final class Launcher {

	static final String SERVE = "serve";

	static final String DEMO = "demo";

	/** What {@link #launch} returns when the server is running and the process must stay up. */
	static final int SERVING = -1;

	private Launcher() {
	}

	static int launch(String[] args) {
		var springArgs = new ArrayList<String>();
		var commandArgs = new ArrayList<String>();
		split(args, springArgs, commandArgs);
		String command = commandArgs.isEmpty() ? SERVE : commandArgs.get(0);
		if (command.equals(SERVE) || command.equals(DEMO)) {
			if (command.equals(DEMO)) {
				springArgs.add("--raqib.demo=true");
			}
			SpringApplication.run(RaqibApplication.class, springArgs.toArray(String[]::new));
			return SERVING;
		}
		return runCommand(springArgs, commandArgs);
	}

	static void split(String[] args, List<String> springArgs, List<String> commandArgs) {
		for (String arg : args) {
			if (arg.equals("--demo")) {
				springArgs.add("--raqib.demo=true");
			}
			else if (isSpringSetting(arg)) {
				springArgs.add(arg);
			}
			else {
				commandArgs.add(arg);
			}
		}
	}

	private static boolean isSpringSetting(String arg) {
		int equals = arg.indexOf('=');
		return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
	}

	private static int runCommand(List<String> springArgs, List<String> commandArgs) {
		CommandLine commandLine = RaqibCommands.commandLine();
		ParseResult parsed;
		try {
			parsed = commandLine.parseArgs(commandArgs.toArray(String[]::new));
		}
		catch (ParameterException ex) {
			ex.getCommandLine().getErr().println(ex.getMessage());
			ex.getCommandLine().usage(ex.getCommandLine().getErr());
			return 2;
		}
		Integer helped = CommandLine.executeHelpRequest(parsed);
		if (helped != null) {
			return helped;
		}
		ParseResult leaf = parsed;
		while (leaf.hasSubcommand()) {
			leaf = leaf.subcommand();
		}
		if (!(leaf.commandSpec().userObject() instanceof RaqibCommand command)) {
			commandLine.usage(commandLine.getOut());
			return 0;
		}
		return runInContext(command, springArgs);
	}

	private static int runInContext(RaqibCommand command, List<String> springArgs) {
		var application = new SpringApplication(RaqibApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		springArgs.add("--logging.level.root=warn");
		springArgs.add("--raqib.command=true");
		ConfigurableApplicationContext context;
		try {
			context = application.run(springArgs.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			// Spring has already reported why it could not start (e.g. the database is in use).
			return 1;
		}
		try (context) {
			return command.run(context);
		}
		catch (Exception ex) {
			System.err.println("raqib: " + ex.getMessage());
			return 1;
		}
	}

}
