package org.concord.cli;

/** Entry point of the application jar. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Logging is set up here, on the main thread, before any other thread can log: the embedded database's log
        // readers and the web stack's warm-up would otherwise log while SLF4J is still starting, and SLF4J then prints a
        // "calls intercepted and replayed" warning on every command.
        org.slf4j.LoggerFactory.getILoggerFactory();
        // a server start loads its web stack while the command line is parsed and the database opened
        if (args.length > 0 && args[0].equals("serve")) org.concord.web.Server.warmUp();
        System.exit(Cli.run(args, System.out, System.err, Progress.stderrIsTerminal()));
    }
}
