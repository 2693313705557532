package org.concord.cli;

import org.concord.boot.Concord;
import org.concord.boot.Settings;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import picocli.CommandLine.Option;

import java.util.Optional;

/** The database options every data command shares. */
final class DbOptions {
    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL (default: $CONCORD_DB_URL, else the embedded PostgreSQL under $CONCORD_HOME; jdbc:h2:file:PATH for H2). "
                    + "PostgreSQL: jdbc:postgresql://host/db with $CONCORD_DB_USER and $CONCORD_DB_PASSWORD.")
    String db;

    /** Opens the database; loads the built-in data into an empty one when {@code loadDefaults}. */
    Concord open(boolean loadDefaults) {
        Concord c = Concord.open(Settings.fromEnvironment(System.getenv(), Optional.ofNullable(db)));
        if (loadDefaults) {
            c.loadDefaultsIfEmpty();
            c.correctBuiltInRegisterOnce();
        }
        return c;
    }

    /** The person at the terminal as an analyst: forecasting and reported stances are analysts' work (the policy's RECORD_STANCE, RUN_FORECAST). */
    static Principal analyst() { return Principal.of(operator().user(), Role.ANALYST); }

    /** The person at the terminal: the local operator, with full rights over a local database. */
    static Principal operator() {
        return Principal.of(Optional.ofNullable(System.getProperty("user.name")).filter(s -> !s.isBlank()).orElse("operator"), Role.ADMIN);
    }
}
