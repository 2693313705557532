package org.concord.cli;

import org.concord.portfolio.application.PortfolioRowData;
import org.concord.portfolio.application.ResetAnalysisData;
import org.concord.portfolio.application.ResetDraftsData;
import org.concord.portfolio.application.ResetRequestData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "portfolio", mixinStandardHelpOptions = true, description = "The portfolio of missions, and reset profiles applied to it.",
        subcommands = {PortfolioCommand.Show.class, PortfolioCommand.Reset.class, PortfolioCommand.Drafts.class})
final class PortfolioCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    /** The profile options every reset command shares. */
    static final class ProfileOptions {
        @Option(names = "--profile", required = true,
                description = "DETERRENCE_AND_DEFENCE_ONLY, OUTSIDE_EURO_ATLANTIC or PERSONNEL_CAP.")
        String profile;

        @Option(names = "--by", paramLabel = "YYYY-MM-DD", description = "When the changes take effect (default: one year after today).")
        String by;

        @Option(names = "--cap", description = "The personnel cap (PERSONNEL_CAP only).")
        Integer cap;

        ResetRequestData request() { return new ResetRequestData(profile, by, cap); }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Every mission: core task, area, personnel with source and grade, contributors, cost.")
    static final class Show implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--sort", description = "start (default), name, personnel, area, coreTask or status; prefix - for descending.")
        String sort;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                List<PortfolioRowData> rows = c.portfolio().portfolio(DbOptions.operator(), Optional.ofNullable(sort));
                Output.rows(spec.commandLine().getOut(), format,
                        List.of("mission", "status", "core task", "area", "personnel", "as of", "grade", "sources", "contributors", "common-funded cost"),
                        rows.stream().map(r -> List.of(r.id(), r.status(), r.coreTask(), r.area(), r.personnelText(), Objects.toString(r.personnelDate(), ""),
                                Objects.toString(r.personnelGrade(), ""), String.join(" ", r.personnelSources()), String.join(" ", r.contributors()),
                                r.commonFundedCost()))
                                .toList(), rows);
            }
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Apply a reset profile (nothing written; --as analyst or chair); with --prepare-drafts the chair prepares its items as drafts with forecasts.")
    static final class Reset implements Callable<Integer> {
        @Mixin DbOptions db;
        @Mixin ActorOption actor;
        @Mixin ProfileOptions profile;
        @Spec CommandSpec spec;

        @Option(names = "--prepare-drafts", description = "Prepare the needed decision items as drafts, each with a forecast (the chair only).")
        boolean prepare;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                PrintWriter out = spec.commandLine().getOut();
                if (prepare) {
                    ResetDraftsData d = c.portfolio().prepare(actor.principal(), profile.request());
                    if (format == Output.Format.json) Output.json(out, d);
                    else Drafts.print(out, d);
                    return 0;
                }
                ResetAnalysisData a = c.portfolio().analyse(actor.principal(), profile.request());
                if (format == Output.Format.json) {
                    Output.json(out, a);
                    return 0;
                }
                out.println(a.statement());
                out.println(a.missionsTouched() + " missions touched; personnel freed where known: " + String.format("%,d", a.personnelFreed())
                        + (a.missionsPersonnelUnknown() > 0 ? " (+ " + a.missionsPersonnelUnknown() + " missions whose personnel is unknown)" : "")
                        + ". " + a.scope());
                Output.table(out, List.of("mission", "action", "personnel", "freed", "by nation", "not known", "item needed", "already open"),
                        a.changes().stream().map(ch -> List.of(ch.mission(), ch.action() + (ch.target() == null ? "" : " to " + ch.target()),
                                ch.personnel() + " (" + Objects.toString(ch.personnelDate(), "") + ", " + Objects.toString(ch.personnelGrade(), "") + ")",
                                ch.freed() == null ? "unknown" : String.format("%,d", ch.freed()),
                                String.join(", ", ch.byNation().stream().map(n -> n.nation() + " " + n.personnel()).toList()),
                                ch.withoutFigures().isEmpty() ? "" : String.join(" ", ch.withoutFigures())
                                        + (ch.unattributed() == null ? "" : " (" + ch.unattributed() + " unattributed)"),
                                ch.item().id(), String.join(" ", ch.relatedItems()))).toList());
                if (!a.notAssessed().isEmpty()) out.println("Not assessed (personnel unknown): " + String.join(", ", a.notAssessed()));
            }
            return 0;
        }
    }

    @Command(name = "drafts", mixinStandardHelpOptions = true, description = "A reset's draft items with their forecasts: P(passes) and who blocks.")
    static final class Drafts implements Callable<Integer> {
        @Mixin DbOptions db;
        @Mixin ProfileOptions profile;
        @Spec CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                ResetDraftsData d = c.portfolio().drafts(DbOptions.operator(), profile.request());
                if (format == Output.Format.json) Output.json(spec.commandLine().getOut(), d);
                else print(spec.commandLine().getOut(), d);
            }
            return 0;
        }

        static void print(PrintWriter out, ResetDraftsData d) {
            out.println(d.statement());
            out.println(d.drafts().size() + " drafts: " + d.passing() + " forecast to pass, " + d.blocked() + " to be blocked. " + d.scope());
            Output.table(out, List.of("item", "status", "mission", "P(passes)", "blocked by", "stances from"),
                    d.drafts().stream().map(x -> List.of(x.item(), x.status(), Objects.toString(x.mission(), ""),
                            x.proposalPasses() == null ? "no forecast" : String.format("%.2f", x.proposalPasses()),
                            x.blockers().isEmpty() ? "—" : String.join(" ", x.blockers()),
                            x.stancesFrom() == null ? "assumptions only" : x.stancesFrom() + " (" + x.stances() + ")")).toList());
        }
    }

}
