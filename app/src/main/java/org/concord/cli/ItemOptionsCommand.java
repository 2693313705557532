package org.concord.cli;

import org.concord.options.ItemOptions;
import org.concord.options.OptionData;
import org.concord.shared.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "options", mixinStandardHelpOptions = true,
        description = "An item's options: points on its forecast issue's scale, shown side by side with their forecasts.",
        subcommands = {ItemOptionsCommand.Show.class, ItemOptionsCommand.Add.class})
final class ItemOptionsCommand implements Runnable {
    static final Map<String, String> OPTIONS = Map.of("key", "--key", "issue", "--issue", "label", "--label", "point", "--point",
            "description", "--description", "sources", "--sources", "classification", "--classification");

    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    static final List<String> HEADER = List.of("option", "point", "forecast", "measure", "blocks", "accepted", "closest", "label");

    static void print(PrintWriter out, ItemOptions o, Output.Format format) {
        if (format == Output.Format.json) {
            Output.json(out, o);
            return;
        }
        if (o.options().isEmpty()) {
            out.printf("%s has no option%n", o.item());
            return;
        }
        out.printf("%s: options on issue %s (%s)%n0 = %s; 100 = %s; status quo %s; proposer %s at %s%n", o.item(), o.issue(), o.title(),
                o.scale0(), o.scale100(), ForecastText.num(o.statusQuo()), o.proposer(), ForecastText.num(o.proposerIdeal()));
        List<List<String>> rows = o.options().stream().map(f -> List.of(f.key(), ForecastText.num(f.point()),
                String.format(Locale.ROOT, "%.1f%%", 100 * f.probability()), f.measure(), f.blockers().isEmpty() ? "-" : String.join(",", f.blockers()),
                f.acceptedByAll() ? "yes" : "no", f.closest() ? "*" : "", f.label())).toList();
        Output.rows(out, Output.Format.table, HEADER, rows, o.options());
        out.printf("closest to the proposer that every ally is forecast to accept: %s%n", o.closest() == null ? "none" : o.closest());
        out.printf("%s model, %d draws, seed %d, stances as of %s%s; marked %s%n", o.model(), o.runs(), o.seed(), o.asOf(),
                o.setterPoint() == null ? "" : "; most proposer-favourable point every ally accepts: " + ForecastText.num(o.setterPoint()) + " (median)",
                o.classification());
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an item's options side by side, each with its forecast (nothing stored).")
    static final class Show implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The item id.") String id;
        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).") Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                print(spec.commandLine().getOut(), c.options().options(DbOptions.operator(), ItemsCommand.itemId(id)), format);
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an option to an item: a point on its forecast issue's scale.")
    static final class Add implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The item id.") String id;
        @Option(names = "--key", required = true, paramLabel = "KEY", description = "The option's name within the item: lower-case letters, digits and '-'.") String key;
        @Option(names = "--label", required = true, paramLabel = "TEXT", description = "The option in words.") String label;
        @Option(names = "--point", required = true, paramLabel = "P", description = "Its point on the issue's 0-100 scale.") double point;
        @Option(names = "--issue", paramLabel = "ID", description = "The forecast issue (default: the item's own).") String issue;
        @Option(names = "--description", paramLabel = "TEXT", description = "Why it stands there.") String description;
        @Option(names = "--sources", paramLabel = "KEYS", split = ",", description = "Source keys of the reference catalogue, e.g. S17,S20.") List<String> sources;
        @Option(names = "--classification", paramLabel = "MARKING", description = "Its marking (default NATO UNCLASSIFIED; never lower than the item's and the issue's).") String classification;
        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).") Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                OptionData o;
                try {
                    o = c.options().add(DbOptions.analyst(), new OptionData(ItemsCommand.itemId(id).value(), key, issue, label, point, description,
                            sources, classification));
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, OPTIONS);
                }
                if (format == Output.Format.json) Output.json(spec.commandLine().getOut(), o);
                else spec.commandLine().getOut().printf("option %s added to %s at %s on issue %s, marked %s%n", o.key(), o.item(),
                        ForecastText.num(o.point()), o.issue(), o.classification());
            }
            return 0;
        }
    }
}
