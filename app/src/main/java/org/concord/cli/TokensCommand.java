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
        subcommands = {TokensCommand.Create.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
final class TokensCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a bearer token for a user; it is printed once and only its hash is stored.")
    static final class Create implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The user the token acts as.") String name;
        @Option(names = "--expires", paramLabel = "DAYS", description = "Days until it expires, 1-3650 (default: 90).") Integer days;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                org.concord.access.model.IssuedToken issued;
                try {
                    issued = c.access().createToken(DbOptions.operator(), name, Optional.ofNullable(days));
                } catch (org.concord.shared.InvalidInput e) {
                    throw OptionNames.rename(e, java.util.Map.of("days", "--expires"));
                }
                spec.commandLine().getOut().println(issued.secret().value());
                spec.commandLine().getErr().printf("token %s for %s%s: shown once, store it now%n", issued.token().hash().shortId(), name,
                        issued.token().expires().map(e -> ", expires " + e).orElse(""));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a user's tokens: id, created, expires, revoked (never the secret).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "Whose tokens.") String name;

        @Override public Integer call() {
            try (var c = db.open(false)) {
                var tokens = c.access().tokens(DbOptions.operator(), name);
                var out = spec.commandLine().getOut();
                out.println("id\tcreated\texpires\trevoked");
                for (var t : tokens)
                    out.println(t.hash().shortId() + "\t" + t.created() + "\t" + t.expires().map(Object::toString).orElse("never") + "\t" + t.revoked());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id (the 12 hex digits that list shows).")
    static final class Revoke implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The token id.") String id;

        @Override public Integer call() {
            try (var c = db.open(false)) {
                var t = c.access().revokeToken(DbOptions.operator(), id);
                spec.commandLine().getOut().println("token " + t.hash().shortId() + " of " + t.user() + " revoked");
            }
            return 0;
        }
    }
}
