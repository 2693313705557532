package org.concord.cli;

import org.concord.boot.BackupAndRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup into an empty home or database, in one transaction; its journal must verify first.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin DbOptions db;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A file written by 'concord backup'.")
    Path file;

    @Override public Integer call() {
        try (var c = db.open(false)) {
            var s = BackupAndRestore.restore(c, file);
            spec.commandLine().getOut().printf("Restored %d rows of %d tables from %s; the journal verifies (%d entries).%n", s.total(), s.rows().size(), file,
                    s.rows().getOrDefault("journal", 0L));
        }
        return 0;
    }
}
