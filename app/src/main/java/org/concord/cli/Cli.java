package org.concord.cli;

import java.io.PrintStream;

/** Builds the command tree and runs one command line. */
public final class Cli {
    private Cli() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        out.println("concord");
        return 0;
    }
}
