package org.raqib.server.osint;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.RaqibCommand;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./raqib ingest FILE|DIR|URL [--agreement A]}: reads news into an agreement's desk, file by file with a
 * progress bar, then prints what was read, what was new and how many claims wait for review. A file that
 * cannot be read is reported and skipped; the others are read.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Read news (text dumps, web pages, RSS/Atom feeds, JSON lines) from a file, a folder or an "
				+ "http(s) address into an agreement's news desk.")
class IngestCommand implements RaqibCommand {

	private static final int BAR = 30;

	@Parameters(index = "0", description = "a file, a folder (its files) or an http(s) address")
	String input;

	@Option(names = "--agreement", description = "the agreement (default: the only one recorded)")
	@Nullable String agreement;

	@Override
	public int run(ApplicationContext context) throws IOException {
		MessageSource messages = context.getBean(MessageSource.class);
		String log = agreement(context.getBean(Agreements.class));
		if (log == null) {
			System.err.println(this.agreement != null ? "no agreement " + this.agreement + " is recorded"
					: "give --agreement: there is not exactly one agreement recorded");
			return 2;
		}
		Ingesting ingesting = context.getBean(Ingesting.class);
		Ingesting.Summary total = Ingesting.NOTHING;
		int failed = 0;
		if (this.input.matches("https?://\\S+")) {
			total = ingesting.ingest(log, context.getBean(NewsSources.class).fetch(this.input), this.input);
		}
		else {
			Path path = Path.of(this.input);
			List<Path> files = Files.isDirectory(path) ? NewsSources.files(path) : List.of(path);
			for (int i = 0; i < files.size(); i++) {
				Path file = files.get(i);
				try {
					total = total.plus(ingesting.ingest(log, Files.readAllBytes(file), file.getFileName().toString()));
				}
				catch (InvalidInput invalid) {
					failed++;
					invalid.problems().forEach(p -> System.err.println("\n" + file + ": "
							+ messages.getMessage(p.code(), p.arguments().toArray(), p.code(), Locale.ENGLISH)));
				}
				progress(System.err, i + 1, files.size(), total);
			}
			System.err.println();
		}
		long waiting = context.getBean(ReviewQueue.class).waitingCount(log);
		System.out.println(log + ": " + total.read() + " articles read, " + total.added() + " new, " + total.known()
				+ " already known, " + total.claims() + " claims found; " + waiting + " claims wait for review"
				+ (failed > 0 ? "; " + failed + " files could not be read" : ""));
		return failed > 0 ? 1 : 0;
	}

	private @Nullable String agreement(Agreements agreements) {
		if (this.agreement != null) {
			return agreements.exists(this.agreement) ? this.agreement : null;
		}
		var all = agreements.list();
		return all.size() == 1 ? all.get(0).id() : null;
	}

	static void progress(PrintStream out, int done, int of, Ingesting.Summary so) {
		int filled = of == 0 ? BAR : done * BAR / of;
		out.print("\r[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + of + " files, "
				+ so.added() + " new articles");
		out.flush();
	}

}
