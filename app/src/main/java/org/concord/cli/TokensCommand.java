package org.concord.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "tokens", mixinStandardHelpOptions = true, description = "Bearer tokens for the HTTP API.",
        subcommands = TokensCommand.Create.class)
final class TokensCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a bearer token for a user; it is printed once and only its hash is stored.")
    static final class Create implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The user the token acts as.") String name;
        @Option(names = "--expires", paramLabel = "DAYS", description = "Days until it expires (default: never).") Integer days;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                var issued = c.access().createToken(DbOptions.operator(), name, Optional.ofNullable(days));
                spec.commandLine().getOut().println(issued.secret().value());
                spec.commandLine().getErr().printf("token %s for %s%s: shown once, store it now%n", issued.token().hash().shortId(), name,
                        issued.token().expires().map(e -> ", expires " + e).orElse(""));
            }
            return 0;
        }
    }
}
