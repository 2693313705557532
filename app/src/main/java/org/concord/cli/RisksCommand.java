package org.concord.cli;

import org.concord.intel.RiskData;
import org.concord.intel.RiskService;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.MissionId;
import org.concord.shared.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "risks", mixinStandardHelpOptions = true,
        description = "Risks: graded assessments of what may happen, attached to a mission, an item or an option (intelligence, not official acts).",
        subcommands = {RisksCommand.AddRisk.class, RisksCommand.ListRisks.class})
final class RisksCommand implements Runnable {
    static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("mission", "--mission"), Map.entry("item", "--item"),
            Map.entry("option", "--option"), Map.entry("what", "--what"), Map.entry("where", "--where"), Map.entry("condition", "--condition"),
            Map.entry("assessedBy", "--assessed-by"), Map.entry("grade", "--grade"), Map.entry("likelihood", "--likelihood"),
            Map.entry("impact", "--impact"), Map.entry("assessedOn", "--assessed-on"), Map.entry("quote", "--quote"), Map.entry("note", "--note"),
            Map.entry("sources", "--sources"), Map.entry("classification", "--classification"));
    static final List<String> HEADER = List.of("id", "on", "what", "where", "likelihood", "impact", "assessed by", "grade", "assessed", "marking");

    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    static List<String> row(RiskData r) {
        String on = r.mission() != null ? "mission " + r.mission() : r.option() != null ? r.item() + "/" + r.option() : "item " + r.item();
        return List.of(Long.toString(r.id()), on, r.what(), r.where(), r.likelihood(), r.impact(), r.assessedBy(), r.grade(), r.assessedOn(),
                r.classification());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a risk (as an analyst).")
    static final class AddRisk implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Option(names = "--mission", paramLabel = "ID", description = "The mission it is attached to.") String mission;
        @Option(names = "--item", paramLabel = "ID", description = "Or the decision item.") String item;
        @Option(names = "--option", paramLabel = "KEY", description = "With --item: the item's option it is attached to.") String option;
        @Option(names = "--what", required = true, paramLabel = "TEXT", description = "What may happen.") String what;
        @Option(names = "--where", required = true, paramLabel = "TEXT", description = "Where.") String where;
        @Option(names = "--condition", paramLabel = "TEXT", description = "Under what condition, e.g. \"if NMI ends\".") String condition;
        @Option(names = "--assessed-by", required = true, paramLabel = "TEXT", description = "Who assessed it, to whom (the source).") String assessedBy;
        @Option(names = "--grade", required = true, paramLabel = "GRADE", description = "The source's Admiralty grade, e.g. B3.") String grade;
        @Option(names = "--likelihood", required = true, paramLabel = "L",
                description = "REMOTE_CHANCE, HIGHLY_UNLIKELY, UNLIKELY, REALISTIC_POSSIBILITY, LIKELY, HIGHLY_LIKELY or ALMOST_CERTAIN.") String likelihood;
        @Option(names = "--impact", required = true, paramLabel = "I", description = "NEGLIGIBLE, MINOR, MODERATE, MAJOR or SEVERE.") String impact;
        @Option(names = "--assessed-on", required = true, paramLabel = "DATE", description = "When it was assessed (YYYY-MM-DD).") String assessedOn;
        @Option(names = "--quote", paramLabel = "TEXT", description = "The words reported.") String quote;
        @Option(names = "--note", paramLabel = "TEXT", description = "Why this grade, likelihood and impact.") String note;
        @Option(names = "--sources", paramLabel = "KEYS", split = ",", description = "Source keys of the reference catalogue, e.g. S17.") List<String> sources;
        @Option(names = "--classification", paramLabel = "MARKING", description = "Its marking (default NATO UNCLASSIFIED; never lower than what it is attached to).") String classification;
        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).") Output.Format format;

        @Override public Integer call() {
            var data = new RiskData(null, mission, item, option, what, where, condition, assessedBy, grade, likelihood, impact, assessedOn, quote, note,
                    sources, classification);
            try (var c = db.open(true)) {
                RiskData r;
                try {
                    r = c.risks().record(DbOptions.analyst(), data);
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, OPTIONS);
                }
                if (format == Output.Format.json) Output.json(spec.commandLine().getOut(), r);
                else spec.commandLine().getOut().printf("risk %d recorded on %s: %s (%s, %s), marked %s%n", r.id(), row(r).get(1), r.what(),
                        r.likelihood(), r.impact(), r.classification());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List risks, by date assessed.")
    static final class ListRisks implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Option(names = "--mission", paramLabel = "ID", description = "Only risks attached to this mission.") String mission;
        @Option(names = "--item", paramLabel = "ID", description = "Only risks attached to this item or one of its options.") String item;
        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).") Output.Format format;

        @Override public Integer call() {
            if (mission != null && item != null) throw new InvalidInput("--item", "give --mission or --item, not both");
            Optional<MissionId> m = Optional.ofNullable(mission).map(s -> parse("--mission", () -> MissionId.of(s)));
            Optional<ItemId> i = Optional.ofNullable(item).map(s -> parse("--item", () -> ItemId.of(s)));
            try (var c = db.open(true)) {
                List<RiskData> list;
                try {
                    list = c.risks().list(DbOptions.analyst(), new RiskService.Query(m, i));
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, OPTIONS);
                }
                Output.rows(spec.commandLine().getOut(), format, HEADER, list.stream().map(RisksCommand::row).toList(), list);
            }
            return 0;
        }
    }

    private static <T> T parse(String option, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(option, e.getMessage());
        }
    }
}
