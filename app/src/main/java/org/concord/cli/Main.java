package org.concord.cli;

/** Entry point of the application jar. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // a server start loads its web stack while the command line is parsed and the database opened
        if (args.length > 0 && args[0].equals("serve")) org.concord.web.Server.warmUp();
        System.exit(Cli.run(args, System.out, System.err));
    }
}
