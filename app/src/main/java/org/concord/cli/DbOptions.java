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
            try {
                loadDefaultsIfEmpty(c);
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
            c.correctBuiltInRegisterOnce();
        }
        return c;
    }

    /**
     * Loads the built-in register, or the operator's {@code CONCORD_DATA} file, into an empty database; a refusal of
     * that file names it, as {@code concord import} names the file it refuses (the fields alone do not say which file).
     */
    static Optional<org.concord.register.application.RegisterService.ImportSummary> loadDefaultsIfEmpty(Concord c) {
        try {
            return c.loadDefaultsIfEmpty();
        } catch (org.concord.shared.InvalidInput bad) {
            if (c.settings().dataFile().isEmpty()) throw bad;
            String file = c.settings().dataFile().get().toString();
            throw new org.concord.shared.InvalidInput(bad.violations().stream()
                    .map(v -> new org.concord.shared.Violation(file + ": " + v.field(), v.reason())).toList());
        }
    }

    /** The person at the terminal as an analyst: forecasting and reported stances are analysts' work (the policy's RECORD_STANCE, RUN_FORECAST). */
    static Principal analyst() { return Principal.of(operator().user(), Role.ANALYST); }

    /** The person at the terminal: the local operator, with full rights over a local database. */
    static Principal operator() {
        return Principal.of(Optional.ofNullable(System.getProperty("user.name")).filter(s -> !s.isBlank()).orElse("operator"), Role.ADMIN);
    }
}
