package org.concord.cli;

import org.concord.boot.DataFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole register to a file (YAML for .yaml/.yml, JSON otherwise); 'import' reads it back.")
final class ExportCommand implements Callable<Integer> {
    @Mixin DbOptions db;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write; replaced if it exists.")
    Path file;

    @Override public Integer call() {
        try (var c = db.open(true)) {
            var data = c.register().exportFile(DbOptions.operator());
            DataFiles.write(file, data);
            spec.commandLine().getOut().printf("Exported %d members, %d partners, %d missions, %d events to %s.%n",
                    data.members().size(), data.partners().size(), data.missions().size(), data.events().size(), file);
        }
        return 0;
    }
}
