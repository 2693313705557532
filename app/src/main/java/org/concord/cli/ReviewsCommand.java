package org.concord.cli;

import org.concord.shared.CalendarDate;
import org.concord.register.model.MissionId;
import org.concord.review.application.DueReviewData;
import org.concord.review.application.RecordReviewData;
import org.concord.review.application.ReviewData;
import org.concord.shared.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

@Command(name = "reviews", mixinStandardHelpOptions = true, description = "Mission reviews: what is due, a mission's reviews, recording one.",
        subcommands = {ReviewsCommand.Due.class, ReviewsCommand.ListReviews.class, ReviewsCommand.Record.class})
final class ReviewsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    static MissionId mission(String id) {
        try {
            return MissionId.of(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("MISSION", e.getMessage());
        }
    }

    @Command(name = "due", mixinStandardHelpOptions = true,
            description = "Reviews due (within 30 days) or overdue (due date passed, no held review recorded) on a date.")
    static final class Due implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The date (default: today).")
        String on;

        @Option(names = "--mission", description = "Only this mission's reviews.")
        String mission;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                var who = DbOptions.operator();
                LocalDate day = on == null ? c.reviews().today() : date("--on", on);
                List<DueReviewData> rows = mission == null ? c.reviews().due(who, day) : c.reviews().dueFor(who, mission(mission), day);
                Output.rows(spec.commandLine().getOut(), format, List.of("mission", "kind", "due", "state", "days", "cycle", "grade"),
                        rows.stream().map(r -> List.of(r.mission(), r.kind(), r.dueOn(), r.state(),
                                r.state().equals("OVERDUE") ? r.days() + " days late" : "in " + (-r.days()) + " days",
                                Objects.toString(r.cycle(), ""), Objects.toString(r.cycleConfidence(), ""))).toList(), rows);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "A mission's reviews, held or called, by due date.")
    static final class ListReviews implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "MISSION", description = "The mission, e.g. kfor.")
        String mission;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                List<ReviewData> rows = c.reviews().historyFor(DbOptions.operator(), mission(mission));
                Output.rows(spec.commandLine().getOut(), format, List.of("id", "kind", "due", "held", "body", "recommendation", "item", "marking"),
                        rows.stream().map(r -> List.of(r.id(), r.kind(), r.dueOn(), Objects.toString(r.heldOn(), "called " + r.calledOn()), r.body(),
                                Objects.toString(r.recommendation(), ""), Objects.toString(r.item(), ""), r.classification())).toList(), rows);
            }
            return 0;
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Record a review held (--held and --recommendation), or call an ad hoc review (--kind AD_HOC, no --held).")
    static final class Record implements Callable<Integer> {
        @Mixin DbOptions db;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "MISSION", description = "The mission, e.g. kfor.")
        String mission;

        @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD", description = "The review's due date (a periodic review: one of the cycle's dates).")
        String due;

        @Option(names = "--held", paramLabel = "YYYY-MM-DD", description = "When it was held (not after today); leave out to call an ad hoc review.")
        String held;

        @Option(names = "--kind", description = "PERIODIC or AD_HOC (default: PERIODIC with --held, else AD_HOC).")
        String kind;

        @Option(names = "--recommendation", description = "CONTINUE, ADJUST, REDUCE or TERMINATE (with --held).")
        String recommendation;

        @Option(names = "--body", description = "The body that held it (default nac).")
        String body;

        @Option(names = "--item", description = "The decision item it led to.")
        String item;

        @Option(names = "--summary", description = "What it found.")
        String summary;

        @Option(names = "--classification", description = "Its marking (default NATO UNCLASSIFIED, never below the mission's).")
        String classification;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            try (var c = db.open(true)) {
                ReviewData r;
                try {
                    r = c.reviews().record(actor.principal(), mission(mission),
                            new RecordReviewData(kind, due, held, body, recommendation, item, summary, classification));
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, java.util.Map.of("dueOn", "--due", "heldOn", "--held"));
                }
                if (format == Output.Format.json) Output.json(spec.commandLine().getOut(), r);
                else spec.commandLine().getOut().println(r.id() + ": " + (r.heldOn() == null ? "called, due " + r.dueOn()
                        : "held " + r.heldOn() + ", " + r.recommendation()) + (r.item() == null ? "" : ", led to " + r.item()));
            }
            return 0;
        }
    }

    static LocalDate date(String option, String text) {
        return CalendarDate.day(option, text).orElseThrow(() -> new InvalidInput(option, "is required (YYYY-MM-DD)"));
    }
}
