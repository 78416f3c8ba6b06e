package org.raqib.server.record;

import java.util.List;

import org.raqib.server.access.Actor;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.RaqibCommand;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The record's commands: {@code create-log} and {@code rebuild}. */
final class RecordCommands {

	private RecordCommands() {
	}

	@Command(name = "create-log", mixinStandardHelpOptions = true,
			description = "Create a log (its keys and its genesis roster) for an agreement.")
	static class CreateLog implements RaqibCommand {

		@Parameters(index = "0", description = "the log's identifier, usually the agreement's (e.g. gaza-2025)")
		String id = "";

		@Parameters(index = "1..*", arity = "1..*",
				description = "parties and their roles: party:role[,role] (e.g. egypt:mediator hamas:side)")
		List<String> parties = List.of();

		@Override
		public int run(ApplicationContext context) {
			var request = new NewLog(this.id, this.parties.stream().map(NewLog.LogParty::parse).toList());
			try {
				LogInfo log = context.getBean(LogAdministration.class).create(request, Actor.COMMAND_LINE);
				System.out.println("Created log " + log.id());
				System.out.println("  origin: " + log.origin());
				System.out.println("  vkey:   " + log.vkey());
				return 0;
			}
			catch (InvalidInput invalid) {
				MessageSource messages = context.getBean(MessageSource.class);
				invalid.problems().forEach(p -> System.err.println(p.field() + ": "
						+ messages.getMessage(p.code(), p.arguments().toArray(), p.code(), java.util.Locale.ENGLISH)));
				return 2;
			}
		}

	}

	@Command(name = "export-log", mixinStandardHelpOptions = true,
			description = "Write a log's public layout (checkpoint, tiles, entry bundles, rosters) as static files.")
	static class ExportLog implements RaqibCommand {

		@Parameters(index = "0", description = "the log")
		String log = "";

		@Parameters(index = "1", description = "the folder to write (created if missing)")
		java.nio.file.Path dir;

		@Override
		public int run(ApplicationContext context) {
			long size = context.getBean(LogExport.class).export(this.log, this.dir);
			System.out.println("Exported " + this.log + " at checkpoint " + size + " to " + this.dir.toAbsolutePath());
			return 0;
		}

	}

	@Command(name = "rebuild", mixinStandardHelpOptions = true,
			description = "Replay logs into fresh projections and compare them with the live ones.")
	static class RebuildCommand implements RaqibCommand {

		@Parameters(arity = "0..1", description = "the log (default: every log)")
		String log;

		@Option(names = "--repair", description = "keep the replayed projections instead of the live ones")
		boolean repair;

		@Override
		public int run(ApplicationContext context) {
			List<String> logs = this.log != null ? List.of(this.log)
					: context.getBean(LogReader.class).logs().stream().map(s -> s.log().id()).toList();
			boolean allMatch = true;
			for (String id : logs) {
				Rebuild.Report report = context.getBean(Rebuild.class).rebuild(id, this.repair);
				System.out.printf("%s: %d entries replayed into %s: %s%n", id, report.entries(), report.tables(),
						report.matches() ? "projections match" : "DIFFERENCES");
				report.failures().forEach(f -> System.out.println("  failed entry " + f));
				report.onlyLive().forEach((t, rows) -> rows.forEach(r -> System.out.println("  only live  " + t + ": " + r)));
				report.onlyReplayed().forEach((t, rows) -> rows.forEach(r -> System.out.println("  only replay " + t + ": " + r)));
				allMatch &= report.matches();
			}
			return allMatch ? 0 : 1;
		}

	}

}
