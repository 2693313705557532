package org.concord.cli;

import org.concord.access.model.User;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "users", mixinStandardHelpOptions = true, description = "User accounts (the local operator acts as ADMIN).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class, UsersCommand.Unlock.class})
final class UsersCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user; the password is read from standard input.")
    static final class Add implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "User name (a-z, 0-9, '.', '_', '-').") String name;
        @Option(names = "--role", required = true, description = "ADMIN, CHAIR, DELEGATION, PARTNER, ANALYST or READER.") String role;
        @Option(names = "--nation", description = "ISO3 of the member (DELEGATION) or partner country (PARTNER).") String nation;
        @Option(names = "--clearance", description = "PUBLIC, NATO UNCLASSIFIED (default: PUBLIC), NATO RESTRICTED, NATO CONFIDENTIAL or NATO SECRET.") String clearance;
        @Option(names = "--password-stdin", required = true, description = "Read the password (12+ characters) from the first line of standard input.") boolean stdin;

        @Override public Integer call() throws IOException {
            Role r;
            try {
                r = Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("--role", "'" + role + "' is not one of ADMIN, CHAIR, DELEGATION, PARTNER, ANALYST, READER");
            }
            Optional<Iso3> n = Optional.ofNullable(nation).map(c -> {
                try {
                    return Iso3.of(c);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("--nation", e.getMessage());
                }
            });
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null) throw new InvalidInput("--password-stdin", "no password on standard input");
            try (var c = db.open(true)) {
                User u = c.access().addUser(DbOptions.operator(), name, r, n, Optional.ofNullable(clearance), password);
                spec.commandLine().getOut().printf("added %s (%s%s, clearance %s)%n", u.name(), u.role(), u.nation().map(x -> " " + x).orElse(""), u.clearance().name());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).") Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                var users = c.access().users(DbOptions.operator());
                Output.rows(spec.commandLine().getOut(), format, List.of("name", "role", "nation", "clearance", "enabled"),
                        users.stream().map(u -> List.of(u.name().value(), u.role().name(), u.nation().map(Iso3::code).orElse(""), u.clearance().name(),
                                Boolean.toString(u.enabled()))).toList(),
                        users.stream().map(u -> java.util.Map.of("name", u.name().value(), "role", u.role().name(), "clearance", u.clearance().name(), "enabled", u.enabled())).toList());
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user and end their sessions.")
    static final class Disable implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The user.") String name;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                c.access().disable(DbOptions.operator(), name);
                spec.commandLine().getOut().printf("disabled %s%n", name);
            }
            return 0;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true, description = "Lift every sign-in lock and count of a user, at every address.")
    static final class Unlock implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The user.") String name;

        @Override public Integer call() {
            try (var c = db.open(false)) {
                int cleared = c.access().unlock(DbOptions.operator(), name);
                spec.commandLine().getOut().printf("unlocked %s (%d count%s cleared)%n", name, cleared, cleared == 1 ? "" : "s");
            }
            return 0;
        }
    }
}
