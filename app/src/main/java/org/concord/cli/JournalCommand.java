package org.concord.cli;

import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "journal", mixinStandardHelpOptions = true, description = "The tamper-evident journal of every act.",
        subcommands = {JournalCommand.Verify.class, JournalCommand.ListEntries.class})
final class JournalCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the whole hash chain; exit 1 naming the first bad sequence number if any row was altered, deleted, inserted or reordered.")
    static final class Verify implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Override public Integer call() {
            try (var c = db.open(false)) {
                return switch (c.journal().verify(DbOptions.operator())) {
                    case Journal.Verification.Intact ok -> {
                        spec.commandLine().getOut().printf("journal intact: %d entries%n", ok.entries());
                        yield 0;
                    }
                    case Journal.Verification.Broken bad -> {
                        spec.commandLine().getErr().printf("concord: journal broken at sequence %d: %s%n", bad.firstBadSeq(), bad.reason());
                        yield 1;
                    }
                };
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List journal entries in sequence order.")
    static final class ListEntries implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--subject", description = "Only entries about this subject, e.g. mission:kfor.")
        String subject;

        @Option(names = "--item", description = "Only entries about this decision item (same as --subject item:ID).")
        String item;

        @Option(names = "--after", defaultValue = "0", description = "Only entries after this sequence number.")
        long after;

        @Option(names = "--limit", defaultValue = "200", description = "At most this many (1-1000, default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            Optional<String> s = Optional.ofNullable(item).map(org.concord.procedure.application.ProcedureEvents::subject).or(() -> Optional.ofNullable(subject));
            try (var c = db.open(true)) {
                List<JournalEntry> entries = c.journal().list(DbOptions.operator(), s, Optional.empty(), after, limit);
                Output.rows(spec.commandLine().getOut(), format, List.of("seq", "at", "actor", "type", "subject", "hash"),
                        entries.stream().map(e -> List.of(Long.toString(e.seq()), e.at().toString(), e.actor(), e.type(), e.subject(),
                                e.hash().substring(0, 12))).toList(), entries);
            }
            return 0;
        }
    }
}
