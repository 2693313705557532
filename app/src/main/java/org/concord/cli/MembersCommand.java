package org.concord.cli;

import org.concord.shared.CalendarDate;
import org.concord.register.data.MemberData;
import org.concord.register.model.Member;
import org.concord.shared.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "members", mixinStandardHelpOptions = true, description = "The member states.",
        subcommands = MembersCommand.ListMembers.class)
final class MembersCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the members on a date, in accession order.")
    static final class ListMembers implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = {"--on", "--as-of"}, paramLabel = "DATE", description = "The membership as it applied on this date (YYYY-MM-DD; default today). --as-of is a deprecated alias.")
        String asOf;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            Optional<LocalDate> date = Optional.ofNullable(asOf).map(ListMembers::date);
            try (var c = db.open(true)) {
                List<Member> members = c.register().members(DbOptions.operator(), date);
                Output.rows(spec.commandLine().getOut(), format, List.of("iso3", "iso2", "name", "accession", "confidence", "sources"),
                        members.stream().map(m -> List.of(m.iso3().code(), m.iso2().code(), m.name(), m.accession().toString(),
                                m.provenance().confidence().name(), String.join(" ", m.provenance().sources()))).toList(),
                        members.stream().map(MemberData::from).toList());
            }
            return 0;
        }

        static LocalDate date(String s) {
            return CalendarDate.day("--on", s).orElseThrow(() -> new InvalidInput("--on", "is required (YYYY-MM-DD)"));
        }
    }
}
