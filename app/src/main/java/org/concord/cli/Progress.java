package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Progress of a long command on standard error. On a terminal a bar redrawn in place ({@code \r}); anywhere else (a log
 * file, a pipe) a plain line at each quarter, so that a log gets four readable lines rather than a hundred frames.
 */
final class Progress {
    /** Set by the {@code concord} launcher to what {@code [ -t 2 ]} says of the standard error it hands to Java. */
    static final String TERMINAL_PROPERTY = "concord.stderr.terminal";

    /** What {@code --progress} asks for. */
    enum Mode {
        /** The bar on a terminal, lines elsewhere. */
        auto,
        /** The bar, redrawn in place, wherever standard error goes. */
        bar,
        /** A plain line at 25, 50, 75 and 100 %. */
        lines,
        /** Nothing. */
        none
    }

    private Progress() {}

    /**
     * @param terminal whether standard error is a terminal (see {@link #stderrIsTerminal()})
     * @param what     what runs, the head of each line, e.g. {@code forecast run}
     * @param total    the count when done, at least 1
     * @return told the count done so far, in increasing order, ending with {@code total}
     */
    static IntConsumer of(Mode mode, boolean terminal, PrintWriter err, String what, int total) {
        return switch (mode == Mode.auto ? (terminal ? Mode.bar : Mode.lines) : mode) {
            case bar -> done -> bar(err, done, total);
            case lines -> new Quarters(err, what, total);
            case none, auto -> done -> { };
        };
    }

    /** A progress bar on one line, redrawn in place: {@code [#####.....] 50%}. */
    private static void bar(PrintWriter err, int done, int total) {
        int filled = (int) ((long) done * 10 / total);
        err.printf("\r[%s%s] %3d%%", "#".repeat(filled), ".".repeat(10 - filled), (int) ((long) done * 100 / total));
        if (done == total) err.println();
        err.flush();
    }

    /** One line each time the count reaches a further quarter of the total. */
    private static final class Quarters implements IntConsumer {
        private final PrintWriter err;
        private final String what;
        private final int total;
        private int quartersShown;

        Quarters(PrintWriter err, String what, int total) {
            this.err = err;
            this.what = what;
            this.total = total;
        }

        @Override public void accept(int done) {
            int quarters = (int) ((long) done * 4 / total);
            if (quarters <= quartersShown) return;
            quartersShown = quarters;
            err.println(String.format(Locale.ROOT, "%s: %d%% (%,d of %,d runs)", what, (int) ((long) done * 100 / total), done, total));
            err.flush();
        }
    }

    /** Whether this process's standard error is a terminal, as far as Java 21 can tell: see {@link #isTerminal}. */
    static boolean stderrIsTerminal() {
        return isTerminal(System.getProperty(TERMINAL_PROPERTY), System.getenv("TERM"), descriptor2(), System.console() != null);
    }

    /**
     * Java 21 has no test of standard error itself ({@code Console.isTerminal()} is JDK 22, and the console only speaks
     * of standard input and output), so the best witness is asked first.
     *
     * @param launcher    what the launcher found, {@code "true"} or {@code "false"}; null when Java was started otherwise
     * @param term        the {@code TERM} variable: {@code dumb} cannot redraw a line
     * @param descriptor2 where {@code /proc/self/fd/2} points (Linux); empty where there is no such link
     * @param console     whether {@code System.console()} is there: standard input and output are a terminal
     */
    static boolean isTerminal(String launcher, String term, Optional<String> descriptor2, boolean console) {
        if ("dumb".equals(term)) return false;
        if (launcher != null) return Boolean.parseBoolean(launcher);
        if (descriptor2.isPresent()) return descriptor2.get().startsWith("/dev/pts/") || descriptor2.get().startsWith("/dev/tty");
        return console;
    }

    private static Optional<String> descriptor2() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            return Files.isSymbolicLink(fd) ? Optional.of(Files.readSymbolicLink(fd).toString()) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
