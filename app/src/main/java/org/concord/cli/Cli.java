package org.concord.cli;

import org.concord.shared.InvalidInput;

import org.concord.shared.ConcordException;
import org.concord.shared.StoreUnavailable;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Builds the command tree and runs one command line: exit 0 ok, 1 failure, 2 usage; one line on error, no stack trace. */
final class Cli {
    private Cli() {}

    /** Runs a command line whose standard error is not a terminal (e.g. captured by a test). */
    static int run(String[] args, PrintStream out, PrintStream err) { return run(args, out, err, false); }

    /** @param stderrIsTerminal whether {@code err} is a terminal, where progress may be redrawn in place */
    static int run(String[] args, PrintStream out, PrintStream err, boolean stderrIsTerminal) {
        CommandLine cl = new CommandLine(new ConcordCommand(stderrIsTerminal));
        PrintWriter errWriter = new PrintWriter(err, true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(errWriter);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable cause = e instanceof CommandLine.ExecutionException x && x.getCause() != null ? x.getCause() : e;
            InvalidInput bad = cause instanceof InvalidInput i ? Usage.byOption(i, cmd.getCommandSpec()) : null;
            errWriter.println("concord: " + oneLine(bad != null ? bad : e));
            return bad != null && Usage.isUsage(bad) ? 2 : 1;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            errWriter.println("concord: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        return cl.execute(args);
    }

    static String oneLine(Throwable e) {
        String m = switch (e) {
            case ConcordException c -> c.getMessage();
            case StoreUnavailable s -> s.getMessage();
            case UncheckedIOException io -> io.getMessage();
            case ServeCommand.ServeFailed f -> f.getMessage();
            case CommandLine.ExecutionException x when x.getCause() != null -> oneLine(x.getCause());
            default -> e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        };
        return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }
}
