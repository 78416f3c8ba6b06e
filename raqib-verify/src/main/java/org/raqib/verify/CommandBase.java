package org.raqib.verify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: how the log key and state directory are chosen, and how the outcome is
 * reported (JSON on stdout and in {@code --report}, a summary on stderr, the exit code).
 */
abstract class CommandBase implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--vkey", paramLabel = "VKEY", description = "The log key (name+hex8+base64), as the Keys page "
            + "and GET /api/v1/logs show it. Pinned in the state directory on the first successful run.")
    String vkey;

    @Option(names = "--trust-on-first-use", description = "Take the log key from the server being checked "
            + "(GET /api/v1/logs) when none is pinned yet. The report says loudly that it was not pinned independently.")
    boolean trustOnFirstUse;

    @Option(names = "--state", paramLabel = "DIR", description = "The state directory "
            + "(default: ~/.raqib-verify/<origin with / replaced by _>).")
    Path stateDir;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the JSON report to FILE.")
    Path reportFile;

    /** Tests set a fixed clock; the clock only names evidence files and stamps the state. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        Report report = new Report(spec.name());
        Http http = new Http();
        try {
            run(report, http);
        } catch (VerificationFailure e) {
            report.fail(e);
        } catch (CommandError e) {
            report.error(e.getMessage());
        } catch (RuntimeException e) {
            report.error("unexpected " + e);
        }
        return finish(report);
    }

    /** Runs the command, adding what it finds to {@code report}. */
    abstract void run(Report report, Http http);

    KeyPinning.Pinned pin(LogSource source, Http http, Report report) {
        return KeyPinning.resolve(vkey, trustOnFirstUse, stateDir, source, http, clock, report);
    }

    static byte[] readFile(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandError("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    private int finish(Report report) {
        if (reportFile != null) {
            try {
                Files.writeString(reportFile, report.toJsonText() + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                report.error("cannot write the report " + reportFile + ": " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.toJsonText());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(report.summary());
        err.flush();
        return report.exitCode();
    }
}
