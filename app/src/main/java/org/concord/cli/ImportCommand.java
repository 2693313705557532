package org.concord.cli;

import org.concord.boot.DataFiles;
import org.concord.register.data.RegisterFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load a whole register file (YAML or JSON, as written by 'export') into an empty database, in one transaction.")
final class ImportCommand implements Callable<Integer> {
    @Mixin DbOptions db;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The register file (.yaml/.yml or .json).")
    Path file;

    @Override public Integer call() {
        RegisterFile data = DataFiles.read(file);
        try (var c = db.open(false)) {
            var s = c.register().importFile(DbOptions.operator(), data);
            spec.commandLine().getOut().printf("Imported %s: %d members, %d partners, %d frameworks, %d bodies, %d missions, %d events, %d references.%n",
                    file, s.members(), s.partners(), s.frameworks(), s.bodies(), s.missions(), s.events(), s.references());
        } catch (org.concord.shared.InvalidInput e) {
            throw new org.concord.shared.InvalidInput(e.violations().stream()
                    .map(v -> new org.concord.shared.Violation(file + ": " + v.field(), v.reason())).toList());
        }
        return 0;
    }
}
