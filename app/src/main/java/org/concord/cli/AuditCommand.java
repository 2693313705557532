package org.concord.cli;

import org.concord.journal.JournalEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail: sign-ins, failed sign-ins, refusals, account changes.",
        subcommands = AuditCommand.ListAudit.class)
final class AuditCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit entries in order.")
    static final class ListAudit implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Option(names = "--after", defaultValue = "0", description = "Only entries after this sequence number.") long after;
        @Option(names = "--limit", defaultValue = "200", description = "At most this many (1-1000, default ${DEFAULT-VALUE}).") int limit;
        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).") Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                List<JournalEntry> entries = c.journal().audit(DbOptions.operator(), after, limit);
                Output.rows(spec.commandLine().getOut(), format, List.of("seq", "at", "type", "subject", "from", "detail"),
                        entries.stream().map(e -> List.of(Long.toString(e.seq()), e.at().toString(), e.type(), e.subject(),
                                e.actor().contains(" from ") ? e.actor().substring(e.actor().indexOf(" from ") + 6) : "", e.payload())).toList(), entries);
            }
            return 0;
        }
    }
}
