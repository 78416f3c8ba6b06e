package org.raqib.verify;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * raqib-verify: each party's own check of a Raqib log, trusting nothing of the server. Exit codes:
 * 0 all checks passed, 1 a check failed, 2 the check could not be made.
 */
@Command(name = "raqib-verify", mixinStandardHelpOptions = true, version = "raqib-verify 0.1.0",
        description = "Checks a Raqib transparency log, trusting nothing of the server. Prints a JSON report; "
                + "exit code 0 if every check passed, 1 if one failed, 2 if the check could not be made.",
        subcommands = {VerifyCommand.class, AuditCommand.class, ReceiptCommand.class, CompareCommand.class})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line, printing to {@code out} and {@code err}, and returns the exit code. */
    static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler(Main::usageError);
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a command: verify, audit, receipt or compare");
    }

    // Bad arguments still give a JSON report, so that scripts read one format.
    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        Report report = new Report(commandLine.getCommandName());
        report.error(e.getMessage());
        commandLine.getOut().println(report.toJsonText());
        commandLine.getOut().flush();
        commandLine.getErr().println(e.getMessage());
        commandLine.usage(commandLine.getErr());
        return Report.ERROR;
    }
}
