package org.concord.cli;

import org.concord.forecast.application.IssueData;
import org.concord.forecast.application.IssueView;
import org.concord.forecast.model.IssueId;
import org.concord.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "issues", mixinStandardHelpOptions = true, description = "Forecast issues: questions on a 0-100 scale with their reported stances.",
        subcommands = {IssuesCommand.ListIssues.class, IssuesCommand.ShowIssue.class, IssuesCommand.AddIssue.class,
                IssuesCommand.ReviseIssue.class})
final class IssuesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    /** The {@code --issue} filter of the list commands: empty when not given. */
    static Optional<IssueId> filter(String issue) {
        try {
            return Optional.ofNullable(issue).map(IssueId::of);
        } catch (IllegalArgumentException e) {
            throw new org.concord.shared.InvalidInput("--issue", e.getMessage());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Define a forecast issue: a question on a 0-100 scale, optionally about a decision item (as the local analyst).")
    static final class AddIssue implements Callable<Integer> {
        private static final java.util.Map<String, String> OPTIONS = java.util.Map.ofEntries(java.util.Map.entry("id", "--id"),
                java.util.Map.entry("item", "--item"), java.util.Map.entry("title", "--title"), java.util.Map.entry("scale0", "--scale0"),
                java.util.Map.entry("scale100", "--scale100"), java.util.Map.entry("statusQuo", "--status-quo"),
                java.util.Map.entry("proposal", "--proposal"), java.util.Map.entry("rule", "--rule"), java.util.Map.entry("threshold", "--threshold"),
                java.util.Map.entry("proposer", "--proposer"), java.util.Map.entry("date", "--date"), java.util.Map.entry("note", "--note"),
                java.util.Map.entry("capability", "--capability"), java.util.Map.entry("salience", "--salience"),
                java.util.Map.entry("voteWeights", "--vote-weight"), java.util.Map.entry("sources", "--sources"),
                java.util.Map.entry("classification", "--classification"));
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "The issue id, a slug, e.g. kfor-cut.")
        String id;

        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The question.")
        String title;

        @Option(names = "--item", paramLabel = "ID", description = "The decision item it forecasts, e.g. kfor-reduction-2026.")
        String item;

        @Option(names = "--scale0", required = true, paramLabel = "TEXT", description = "What 0 on the scale means.")
        String scale0;

        @Option(names = "--scale100", required = true, paramLabel = "TEXT", description = "What 100 means.")
        String scale100;

        @Option(names = "--status-quo", required = true, paramLabel = "P", description = "The status quo, 0-100.")
        double statusQuo;

        @Option(names = "--proposal", required = true, paramLabel = "P", description = "The proposal, 0-100.")
        double proposal;

        @Option(names = "--rule", defaultValue = "UNANIMITY", description = "UNANIMITY, QMV or MAJORITY (default ${DEFAULT-VALUE}).")
        String rule;

        @Option(names = "--threshold", paramLabel = "SHARE", description = "The vote share QMV needs, in (0.5, 1] (QMV only).")
        Double threshold;

        @Option(names = "--proposer", defaultValue = "CHAIR", paramLabel = "ISO3", description = "The proposing member, or CHAIR (default).")
        String proposer;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "The members on this day (YYYY-MM-DD) are the actors.")
        String date;

        @Option(names = "--note", paramLabel = "TEXT", description = "The analyst's note.")
        String note;

        @Option(names = "--capability", paramLabel = "ISO3=VALUE", mapFallbackValue = "",
                description = "A member's capability, finite and above 0 (default 1); repeat for each member, e.g. --capability USA=3.")
        Map<String, String> capability;

        @Option(names = "--salience", paramLabel = "ISO3=VALUE", mapFallbackValue = "",
                description = "How much the issue matters to a member, 0-100 (default 50); repeat for each member.")
        Map<String, String> salience;

        @Option(names = "--vote-weight", paramLabel = "ISO3=VALUE", mapFallbackValue = "",
                description = "A member's vote weight, finite and at least 0 (default 1; what QMV counts); repeat for each member.")
        Map<String, String> voteWeight;

        @Option(names = "--sources", split = ",", paramLabel = "KEY", description = "The issue's source keys, comma-separated, e.g. S17,S18.")
        List<String> sources;

        @Option(names = "--classification", paramLabel = "MARKING",
                description = "Its marking (default NATO UNCLASSIFIED; never lower than its decision item's, never above your clearance).")
        String classification;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            var typed = new org.concord.shared.Violations();
            var data = new IssueData(id, item, title, scale0, scale100, statusQuo, proposal, rule, threshold,
                    numbers(typed, "--vote-weight", voteWeight), proposer, date, numbers(typed, "--capability", capability),
                    numbers(typed, "--salience", salience), note, sources, classification);
            typed.throwIfAny();
            try (var c = db.open(true)) {
                IssueData stored;
                try {
                    stored = c.forecasts().defineIssue(DbOptions.analyst(), data);
                } catch (org.concord.shared.InvalidInput e) {
                    throw perMember(OptionNames.rename(e, OPTIONS));
                }
                if (format == Output.Format.json) Output.json(spec.commandLine().getOut(), stored);
                else spec.commandLine().getOut().printf("issue %s defined: %s (status quo %s, proposal %s, %s)%n", stored.id(), stored.title(),
                        ForecastText.num(stored.statusQuo()), ForecastText.num(stored.proposal()), stored.rule());
            }
            return 0;
        }
    }

    /**
     * The values of a repeated {@code ISO3=VALUE} option as numbers, in the order typed; null when the option is absent.
     * A value missing or not a number is added to {@code v}, named by the option and the member.
     */
    static Map<String, Double> numbers(org.concord.shared.Violations v, String option, Map<String, String> typed) {
        if (typed == null) return null;
        Map<String, Double> out = new LinkedHashMap<>();
        typed.forEach((member, text) -> {
            if (text.isBlank()) v.add(option + " " + member, "give a value as ISO3=VALUE, e.g. " + option + " USA=2");
            else {
                try {
                    out.put(member, Double.parseDouble(text.strip()));
                } catch (NumberFormatException e) {
                    v.add(option + " " + member, "'" + text + "' is not a number");
                }
            }
        });
        return out;
    }

    /** {@code --capability.USA} (a wire field's key after the option) reads as typed: {@code --capability USA}. */
    static org.concord.shared.InvalidInput perMember(org.concord.shared.InvalidInput e) {
        return new org.concord.shared.InvalidInput(e.violations().stream().map(v -> v.field().matches("--[a-z-]+\\.[^.]+")
                ? new org.concord.shared.Violation(v.field().replaceFirst("\\.", " "), v.reason()) : v).toList());
    }

    @Command(name = "revise", mixinStandardHelpOptions = true,
            description = "Revise a forecast issue (as the local analyst): the options given replace the stored fields; journaled as IssueRevised with the reason.")
    static final class ReviseIssue implements Callable<Integer> {
        private static final java.util.Map<String, String> OPTIONS = java.util.Map.ofEntries(java.util.Map.entry("title", "--title"),
                java.util.Map.entry("scale0", "--scale0"), java.util.Map.entry("scale100", "--scale100"),
                java.util.Map.entry("statusQuo", "--status-quo"), java.util.Map.entry("proposal", "--proposal"), java.util.Map.entry("rule", "--rule"),
                java.util.Map.entry("threshold", "--threshold"), java.util.Map.entry("proposer", "--proposer"), java.util.Map.entry("note", "--note"),
                java.util.Map.entry("sources", "--sources"), java.util.Map.entry("reason", "--reason"),
                java.util.Map.entry("reasonSources", "--reason-sources"));
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The issue, e.g. public-forum.")
        String id;

        @Option(names = "--title", paramLabel = "TEXT", description = "The question.")
        String title;

        @Option(names = "--scale0", paramLabel = "TEXT", description = "What 0 on the scale means.")
        String scale0;

        @Option(names = "--scale100", paramLabel = "TEXT", description = "What 100 means.")
        String scale100;

        @Option(names = "--status-quo", paramLabel = "P", description = "The status quo, 0-100.")
        Double statusQuo;

        @Option(names = "--proposal", paramLabel = "P", description = "The proposal, 0-100.")
        Double proposal;

        @Option(names = "--rule", description = "UNANIMITY, QMV or MAJORITY.")
        String rule;

        @Option(names = "--threshold", paramLabel = "SHARE", description = "The vote share QMV needs, in (0.5, 1] (QMV only).")
        Double threshold;

        @Option(names = "--proposer", paramLabel = "ISO3", description = "The proposing member, or CHAIR.")
        String proposer;

        @Option(names = "--note", paramLabel = "TEXT", description = "The analyst's note.")
        String note;

        @Option(names = "--sources", split = ",", paramLabel = "KEY", description = "The issue's source keys, comma-separated (replace the stored ones).")
        List<String> sources;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the issue changes (journaled with the change).")
        String reason;

        @Option(names = "--reason-sources", split = ",", paramLabel = "KEY", description = "Source keys the reason rests on, comma-separated, e.g. S17,S18.")
        List<String> reasonSources;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            var data = new org.concord.forecast.application.IssueRevisionData(title, scale0, scale100, statusQuo, proposal, rule, threshold,
                    proposer, note, sources, reason, reasonSources);
            IssueId issue;
            try {
                issue = IssueId.of(id);
            } catch (IllegalArgumentException e) {
                throw new org.concord.shared.InvalidInput("ID", e.getMessage());
            }
            try (var c = db.open(true)) {
                IssueData stored;
                try {
                    stored = c.forecasts().reviseIssue(DbOptions.analyst(), issue, data);
                } catch (org.concord.shared.InvalidInput e) {
                    throw OptionNames.rename(e, OPTIONS);
                }
                if (format == Output.Format.json) Output.json(spec.commandLine().getOut(), stored);
                else spec.commandLine().getOut().printf("issue %s revised: %s (status quo %s, proposal %s, %s)%n", stored.id(), stored.title(),
                        ForecastText.num(stored.statusQuo()), ForecastText.num(stored.proposal()), stored.rule());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the forecast issues.")
    static final class ListIssues implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                List<IssueData> issues = c.forecasts().issues(DbOptions.analyst());
                Output.rows(spec.commandLine().getOut(), format,
                        List.of("id", "title", "rule", "status quo", "proposal", "proposer", "date", "item"),
                        issues.stream().map(i -> List.of(i.id(), i.title(), i.rule(), ForecastText.num(i.statusQuo()),
                                ForecastText.num(i.proposal()), i.proposer(), i.date(), i.item() == null ? "" : i.item())).toList(),
                        issues);
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show an issue with every actor's estimated position and the reported stances behind it.")
    static final class ShowIssue implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The issue id, e.g. nmi-end.")
        String id;

        @Option(names = {"--on", "--as-of"}, paramLabel = "DATE", description = "Weigh the stances reported up to this date (YYYY-MM-DD; default today). --as-of is a deprecated alias.")
        String asOf;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            IssueId iid;
            try {
                iid = IssueId.of(id);
            } catch (IllegalArgumentException e) {
                throw new NotFound("forecast issue", id);
            }
            var date = Optional.ofNullable(asOf).map(MembersCommand.ListMembers::date);
            try (var c = db.open(true)) {
                IssueView view = c.forecasts().issue(DbOptions.analyst(), iid, date);
                PrintWriter out = spec.commandLine().getOut();
                if (format == Output.Format.json) {
                    Output.json(out, view);
                    return 0;
                }
                IssueData i = view.issue();
                out.printf("%s: %s%n", i.id(), i.title());
                out.printf("scale       0 = %s%n            100 = %s%n", i.scale0(), i.scale100());
                out.printf("status quo  %s, proposal %s, rule %s%s, proposer %s%n", ForecastText.num(i.statusQuo()),
                        ForecastText.num(i.proposal()), i.rule(), i.threshold() == null ? "" : " " + i.threshold(), i.proposer());
                out.printf("actors      the %d members on %s; stances weighed as of %s%n", view.actors().size(), i.date(), view.asOf());
                if (i.item() != null) out.printf("item        %s%n", i.item());
                if (i.note() != null) out.printf("note        %s%n", i.note());
                out.println();
                Output.table(out, List.of("actor", "position", "sd", "reports", "salience", "capability", "vote", "note"),
                        view.actors().stream().map(a -> List.of(a.actor(), ForecastText.num(a.position()), ForecastText.num(a.sd()),
                                Integer.toString(a.reports()), ForecastText.num(a.salience()), ForecastText.num(a.capability()),
                                ForecastText.num(a.voteWeight()), a.flaggedNoReport() ? "no report: wide prior" : "")).toList());
                out.println();
                Output.table(out, List.of("stance", "about", "reported", "grade", "position", "counted", "reading"),
                        view.stances().stream().map(s -> List.of(Long.toString(s.stance()), s.about(), s.reportedOn(), s.grade(),
                                ForecastText.num(s.position()), s.counted() ? "yes" : "no", s.reading())).toList());
            }
            return 0;
        }
    }
}
