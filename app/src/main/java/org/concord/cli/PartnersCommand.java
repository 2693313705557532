package org.concord.cli;

import org.concord.register.data.PartnerData;
import org.concord.register.model.Partnership;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "partners", mixinStandardHelpOptions = true, description = "The partner countries.",
        subcommands = PartnersCommand.ListPartners.class)
final class PartnersCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the partners with their frameworks.")
    static final class ListPartners implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                var partners = c.register().partners(DbOptions.operator());
                Output.rows(spec.commandLine().getOut(), format, List.of("iso3", "name", "frameworks", "confidence"),
                        partners.stream().map(p -> List.of(p.iso3().code(), p.name(),
                                p.frameworks().stream().map(Partnership::framework).map(Object::toString).collect(Collectors.joining(" ")),
                                p.provenance().confidence().name())).toList(),
                        partners.stream().map(PartnerData::from).toList());
            }
            return 0;
        }
    }
}
