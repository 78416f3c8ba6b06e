package org.raqib.server.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Actor;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.RaqibCommand;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./raqib load-agreement FILE}: checks an agreement file and its geography and records the
 * agreement, or, for one already recorded, an amendment with {@code --reason}.
 */
@Command(name = "load-agreement", mixinStandardHelpOptions = true,
		description = "Check an agreement file (YAML) and its geography (GeoJSON) and record the agreement, "
				+ "or an amendment of a recorded one.")
class LoadAgreementCommand implements RaqibCommand {

	@Parameters(index = "0", description = "the agreement file (raqib: agreement/v1)")
	Path file;

	@Option(names = "--geography",
			description = "its GeoJSON file (default: the file the agreement names under 'geography', beside it)")
	@Nullable Path geography;

	@Option(names = "--check", description = "check only: report problems or what would be recorded")
	boolean check;

	@Option(names = "--reason", description = "for an amendment: why the agreement changes")
	@Nullable String reason;

	@Option(names = "--in-force-from", description = "for an amendment: when it comes into force (ISO instant; default now)")
	@Nullable String inForceFrom;

	@Override
	public int run(ApplicationContext context) {
		MessageSource messages = context.getBean(MessageSource.class);
		try {
			AgreementDefinitions.Files files = read(this.file, this.geography);
			AgreementDefinitions definitions = context.getBean(AgreementDefinitions.class);
			AgreementDefinition definition = definitions.check(files);
			if (this.check) {
				System.out.println("The file is valid: " + summary(definition));
				return 0;
			}
			Agreements.Version version;
			if (context.getBean(Agreements.class).exists(definition.id())) {
				if (this.reason == null) {
					System.err.println(definition.id() + " is already recorded: give --reason to record an amendment");
					return 2;
				}
				version = definitions.amend(definition.id(), files, this.reason, instant(this.inForceFrom), null,
						Actor.COMMAND_LINE);
			}
			else {
				version = definitions.define(files, null, Actor.COMMAND_LINE);
			}
			System.out.println("Recorded " + definition.id() + " version " + version.version() + " as log entry "
					+ version.index() + ": " + summary(definition));
			return 0;
		}
		catch (InvalidInput invalid) {
			invalid.problems().forEach(p -> System.err.println(p.field() + ": "
					+ messages.getMessage(p.code(), p.arguments().toArray(), p.code(), Locale.ENGLISH)));
			return 2;
		}
	}

	/** The agreement file and the geography it names (or the one given), as UTF-8 text. */
	static AgreementDefinitions.Files read(Path file, @Nullable Path geography) {
		String agreement = text(file, "file");
		Path geographyFile = geography;
		if (geographyFile == null) {
			String named = AgreementFileReader.geographyFile(agreement);
			Path parent = file.toAbsolutePath().getParent();
			geographyFile = named == null || parent == null ? null : parent.resolve(named).normalize();
		}
		return new AgreementDefinitions.Files(agreement, geographyFile == null ? null : text(geographyFile, "geography"));
	}

	private static String text(Path path, String field) {
		try {
			return UploadedFiles.utf8(Files.readAllBytes(path), field, path.toString());
		}
		catch (IOException ex) {
			throw InvalidInput.of(field, "agreement.file.unreadable", path.toString());
		}
	}

	private static @Nullable Instant instant(@Nullable String text) {
		try {
			return text == null ? null : Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of("--in-force-from", "agreement.moment.pattern", text);
		}
	}

	private static String summary(AgreementDefinition d) {
		return d.name().en() + " (" + d.parties().size() + " parties, " + d.phases().size() + " phases, "
				+ d.provisions().size() + " provisions, " + d.obligations().size() + " obligations)";
	}

}
