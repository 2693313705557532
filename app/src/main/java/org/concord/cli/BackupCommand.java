package org.concord.cli;

import org.concord.boot.BackupAndRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write every table (register, items, journal, users, token and password hashes, stances, forecasts) to FILE, "
                + "consistent also while the server runs. The file is readable by its owner only (mode 0600): it holds hashes and classified records."})
final class BackupCommand implements Callable<Integer> {
    @Mixin DbOptions db;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write (gzip-compressed JSON); replaced atomically if it exists.")
    Path file;

    @Override public Integer call() {
        try (var c = db.open(false)) {
            var s = BackupAndRestore.backup(c, file);
            spec.commandLine().getOut().printf("Backed up %d rows of %d tables (schema version %s) to %s.%n", s.total(), s.rows().size(), s.schemaVersion(), file);
        }
        return 0;
    }
}
