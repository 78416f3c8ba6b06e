package org.raqib.verify;

import java.net.URI;
import java.nio.file.Path;

import com.google.gson.JsonPrimitive;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare A B}: two signed checkpoints of one log are consistent, or they prove a split view. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two signed checkpoints of one log (files or URLs), e.g. yours and another party's: "
                + "they are consistent, or they prove that the log showed two histories (SPLIT_VIEW).")
final class CompareCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "A", description = "A checkpoint: a file or an http(s) URL.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "The other checkpoint: a file or an http(s) URL.")
    String second;

    @Option(names = "--log", paramLabel = "URL|DIR", description = "The log, whose tiles decide between "
            + "checkpoints of different sizes.")
    String log;

    @Override
    void run(Report report, Http http) {
        LogSource source = log == null ? null : LogSource.open(log, http);
        if (source != null) {
            report.put("log", new JsonPrimitive(source.location()));
        }
        byte[] a = read(first, http);
        byte[] b = read(second, http);
        KeyPinning.Pinned pinned = pin(source, http, report);
        new CheckpointComparison(pinned.key(), pinned.store()).run(a, b, source, report);
    }

    private static byte[] read(String location, Http http) {
        if (!location.startsWith("http://") && !location.startsWith("https://")) {
            return readFile(Path.of(location), "checkpoint");
        }
        Http.Response response = http.get(URI.create(location));
        if (response.status() != 200) {
            throw new CommandError("HTTP " + response.status() + " from " + location);
        }
        return response.body();
    }
}
