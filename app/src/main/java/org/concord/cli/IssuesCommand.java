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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "issues", mixinStandardHelpOptions = true, description = "Forecast issues: questions on a 0-100 scale with their reported stances.",
        subcommands = {IssuesCommand.ListIssues.class, IssuesCommand.ShowIssue.class})
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

        @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
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
