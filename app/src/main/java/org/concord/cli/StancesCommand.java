package org.concord.cli;

import org.concord.forecast.model.IssueId;
import org.concord.intel.StanceData;
import org.concord.shared.InvalidInput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "stances", mixinStandardHelpOptions = true,
        description = "Reported stances: what sources say an ally or a group wants on a forecast issue (intelligence, not official acts).",
        subcommands = {StancesCommand.AddStance.class, StancesCommand.ListStances.class})
final class StancesCommand implements Runnable {
    /** The wire fields of a stance, named by the options that set them. */
    static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("issue", "--issue"), Map.entry("actor", "--actor"),
            Map.entry("group", "--group"), Map.entry("reportedOn", "--reported-on"), Map.entry("source", "--source"),
            Map.entry("grade", "--grade"), Map.entry("gradeNote", "--grade-note"), Map.entry("position", "--position"),
            Map.entry("quote", "--quote"), Map.entry("note", "--note"), Map.entry("sources", "--sources"),
            Map.entry("classification", "--classification"));

    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    static List<String> row(StanceData s) {
        return List.of(Long.toString(s.id()), s.issue(), s.actor() != null ? s.actor() : s.group(), s.reportedOn(), s.grade(),
                ForecastText.num(s.position()), s.source(), s.quote());
    }

    static final List<String> HEADER = List.of("id", "issue", "about", "reported", "grade", "position", "source", "quote");

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a reported stance on a forecast issue.")
    static final class AddStance implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--issue", required = true, paramLabel = "ID", description = "The forecast issue, e.g. nmi-end.")
        String issue;

        static final class Subject {
            @Option(names = "--actor", paramLabel = "ISO3", description = "The ally the report is about (ISO3 code).")
            String actor;

            @Option(names = "--group", paramLabel = "G",
                    description = "Or the group it is about: MOST_ALLIES, EUROPEAN_ALLIES, UNKNOWN_ALLY or SECRETARIAT.")
            String group;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Subject subject;

        @Option(names = {"--reported-on", "--date"}, required = true, paramLabel = "DATE", description = "When it was reported (YYYY-MM-DD); the API calls it reportedOn. --date is a deprecated alias.")
        String date;

        @Option(names = "--source", required = true, paramLabel = "TEXT", description = "Who said it, to whom.")
        String source;

        @Option(names = "--grade", required = true, paramLabel = "GRADE",
                description = "Admiralty grade: reliability A-F then credibility 1-6, e.g. B2.")
        String grade;

        @Option(names = "--grade-note", paramLabel = "TEXT", description = "Why that grade.")
        String gradeNote;

        @Option(names = "--position", required = true, paramLabel = "P", description = "The position read into the report, on the issue's 0-100 scale.")
        double position;

        @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The words reported.")
        String quote;

        @Option(names = "--note", paramLabel = "TEXT", description = "The analyst's note.")
        String note;

        @Option(names = "--sources", paramLabel = "KEYS", split = ",", description = "Source keys of the reference catalogue, e.g. S17,S20.")
        List<String> sources;

        @Option(names = "--classification", paramLabel = "MARKING",
                description = "Its marking and releasability, e.g. \"NATO RESTRICTED REL UKR\" (default NATO UNCLASSIFIED).")
        String classification;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            var data = new StanceData(null, issue, subject.actor, subject.group, date, source, grade, gradeNote, position, quote, note, sources, classification);
            try (var c = db.open(true)) {
                StanceData s;
                try {
                    s = c.stances().record(DbOptions.analyst(), data);
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, OPTIONS);
                }
                if (format == Output.Format.json) Output.json(spec.commandLine().getOut(), s);
                else spec.commandLine().getOut().printf("stance %d recorded: %s on %s, %s, position %s, reported %s%n", s.id(),
                        s.actor() != null ? s.actor() : s.group(), s.issue(), s.grade(), ForecastText.num(s.position()), s.reportedOn());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List reported stances, by issue and date.")
    static final class ListStances implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--issue", paramLabel = "ID", description = "Only stances on this issue.")
        String issue;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            Optional<IssueId> filter = IssuesCommand.filter(issue);
            try (var c = db.open(true)) {
                List<StanceData> list;
                try {
                    list = c.stances().list(DbOptions.analyst(), filter);
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, OPTIONS);
                }
                Output.rows(spec.commandLine().getOut(), format, HEADER, list.stream().map(StancesCommand::row).toList(), list);
            }
            return 0;
        }
    }
}
