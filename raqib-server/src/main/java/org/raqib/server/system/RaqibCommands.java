package org.raqib.server.system;

import java.util.Comparator;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Finds every {@link RaqibCommand} under {@code org.raqib.server} and puts it under the {@code raqib}
 * command, so a module adds a command by adding a class.
 */
public final class RaqibCommands {

	@Command(name = "raqib", mixinStandardHelpOptions = true, version = "Raqib 0.1",
			description = { "Raqib, the shared record of a ceasefire operations room.", "",
					"  ./raqib [serve]    start the server", "  ./raqib demo       start the server with demo data",
					"  ./raqib COMMAND    run a command without serving", "",
					"Settings: --raqib.data-dir=DIR, --server.port=N, --demo (or RAQIB_* variables)." },
			subcommands = CommandLine.HelpCommand.class)
	static final class Root {

	}

	private RaqibCommands() {
	}

	public static CommandLine commandLine() {
		var commandLine = new CommandLine(new Root());
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Command.class));
		scanner.findCandidateComponents("org.raqib.server")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.sorted(Comparator.naturalOrder())
			.map(name -> ClassUtils.resolveClassName(name, RaqibCommands.class.getClassLoader()))
			.filter(RaqibCommand.class::isAssignableFrom)
			.forEach(type -> commandLine.addSubcommand(BeanUtils.instantiateClass(type)));
		return commandLine;
	}

}
