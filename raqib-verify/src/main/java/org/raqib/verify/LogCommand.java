package org.raqib.verify;

import java.nio.file.Path;

import com.google.gson.JsonPrimitive;

import picocli.CommandLine.Option;

/** The options of {@code verify} and {@code audit}, which differ only in where the entry sweep starts. */
abstract class LogCommand extends CommandBase {

    @Option(names = "--log", required = true, paramLabel = "URL|DIR",
            description = "The log: a server's http://HOST:PORT/log/<LOG>, or an exported folder.")
    String log;

    @Option(names = "--token", paramLabel = "T", description = "An API token of a user who may read payloads: "
            + "also check every payload the user may read against its entry (server URLs only).")
    String token;

    @Option(names = "--kinds", paramLabel = "FILE", description = "More entry kinds, one per line: "
            + "<name> [cosigner-role ...], for a server newer than this verifier.")
    Path kindsFile;

    @Option(names = "--threads", paramLabel = "N", description = "Threads verifying signatures (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Whether to check every entry rather than those after the stored checkpoint. */
    abstract boolean fromStart();

    @Override
    void run(Report report, Http http) {
        if (threads < 1) {
            throw new CommandError("--threads must be at least 1");
        }
        LogSource source = LogSource.open(log, http);
        report.put("log", new JsonPrimitive(source.location()));
        PayloadCheck payloads = payloads(source, http);
        KeyPinning.Pinned pinned = pin(source, http, report);
        new LogVerification(source, pinned, KindsFile.load(kindsFile), payloads, threads).run(fromStart(), report);
    }

    private PayloadCheck payloads(LogSource source, Http http) {
        if (token == null) {
            return null;
        }
        if (!(source instanceof HttpLogSource)) {
            throw new CommandError("--token needs --log with a server URL: a folder has no payloads");
        }
        return new PayloadCheck((HttpLogSource) source, http, token);
    }
}
