package org.concord.cli;

import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.ForecastId;
import org.concord.forecast.application.ForecastRequestData;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.ForecastSummary;
import org.concord.forecast.application.Reproduction;
import org.concord.forecast.model.ForecastModels;
import org.concord.forecast.model.IssueId;
import org.concord.forecast.validation.ForecastValidation;
import org.concord.forecast.validation.RowError;
import org.concord.forecast.validation.ValidationCsv;
import org.concord.forecast.validation.PredictiveRendering;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast who blocks, what passes and how sure we are; score the models on past cases.",
        subcommands = {ForecastCommand.Run.class, ForecastCommand.Show.class, ForecastCommand.ListForecasts.class,
                ForecastCommand.Reproduce.class, ForecastCommand.Validate.class, ForecastCommand.Calibrate.class,
                ForecastCommand.Move.class, ForecastCommand.History.class})
final class ForecastCommand implements Runnable {
    /** Runs at or above this many draws show their progress on stderr (see {@link Progress}). */
    static final int PROGRESS_FROM = 2_000;

    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    static ForecastId id(String text) {
        try {
            return ForecastId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound("forecast", text);
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run a Monte Carlo forecast of an issue and store it with its inputs, seed and model version.")
    static final class Run implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ISSUE", description = "The forecast issue, e.g. nmi-end (see 'concord issues list').")
        String issue;

        @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo draws, 1 to " + ForecastService.MAX_RUNS + " (default ${DEFAULT-VALUE}).",
                defaultValue = "" + ForecastService.DEFAULT_RUNS)
        int runs;

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws (default ${DEFAULT-VALUE}); the same seed gives the same numbers.",
                defaultValue = "" + ForecastService.DEFAULT_SEED)
        long seed;

        @Option(names = "--model", paramLabel = "NAME",
                description = "compromise, win-set, nash-bargaining or expected-utility (default: the model with the best "
                        + "cross-validated CRPS for the issue's rule among those whose headline obeys the rule).")
        String model;

        @Option(names = {"--on", "--as-of"}, paramLabel = "DATE", description = "Weigh the stances reported up to this date (YYYY-MM-DD; default today). --as-of is a deprecated alias.")
        String asOf;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
                description = "How a run of " + PROGRESS_FROM + " draws or more shows its progress on standard error: auto (default) "
                        + "a bar redrawn in place when standard error is a terminal, else lines; bar; lines (one plain line at "
                        + "each quarter of the runs, for logs); none.")
        Progress.Mode progressMode;

        @Override public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            IntConsumer progress = runs >= PROGRESS_FROM
                    ? Progress.of(progressMode, ((ConcordCommand) spec.root().userObject()).stderrIsTerminal(), err, "forecast run", runs)
                    : done -> { };
            try (var c = db.open(true)) {
                ForecastData f;
                try {
                    f = c.forecasts().run(DbOptions.analyst(), new ForecastRequestData(issue, runs, seed, model, asOf), progress);
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, Map.of("issue", "ISSUE", "runs", "--runs", "model", "--model", "asOf", "--on"));
                }
                if (model == null && format == Output.Format.table && f.results() != null)
                    spec.commandLine().getOut().printf("Model %s, the default for %s: %s.%n", f.model(), f.inputs().issue().rule(),
                            ForecastModels.defaultReason(f.inputs().issue().rule()));
                print(spec.commandLine().getOut(), format, f);
            }
            return 0;
        }
    }

    /** The options a forecast that is not stored shares with {@code run}. */
    static final class Unstored {
        @Option(names = "--runs", paramLabel = "N", defaultValue = "" + ForecastService.MOVE_RUNS,
                description = "Monte Carlo draws per forecast, 1 to " + ForecastService.MAX_RUNS + " (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ForecastService.DEFAULT_SEED, description = "Seed of the draws (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--model", paramLabel = "NAME", description = "compromise, win-set, nash-bargaining or expected-utility (default: the rule's default).")
        String model;

        static final Map<String, String> OPTIONS = Map.of("issue", "ISSUE", "runs", "--runs", "model", "--model", "asOf", "--on");
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "What would move it: for each actor, how P(pass) and the median change if its position moved by 10 points (nothing stored).")
    static final class Move implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Mixin Unstored opts;

        @Parameters(paramLabel = "ISSUE", description = "The forecast issue, e.g. nmi-end.")
        String issue;

        @Option(names = {"--on", "--as-of"}, paramLabel = "DATE",
                description = "Weigh the stances reported up to this date (YYYY-MM-DD; default today). --as-of is a deprecated alias.")
        String asOf;

        @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "Actors shown, most effective first (default ${DEFAULT-VALUE}).")
        int top;

        @Override public Integer call() {
            if (top < 1) throw new InvalidInput("--top", "must be at least 1, was " + top);
            PrintWriter out = spec.commandLine().getOut();
            try (var c = db.open(true)) {
                Optional<org.concord.forecast.model.WhatWouldMoveIt.Table> t;
                try {
                    t = c.forecasts().whatWouldMoveIt(DbOptions.analyst(), new ForecastRequestData(issue, opts.runs, opts.seed, opts.model, asOf));
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, Unstored.OPTIONS);
                }
                if (t.isEmpty()) {
                    out.println("No odds to move: the model says nothing on this issue or the rule does not apply.");
                    return 0;
                }
                var table = t.get();
                out.printf("%s now %.1f%%, median %.1f (%,d runs, seed %d; each actor moved %.0f points, the same draws)%n", table.measure(),
                        100 * table.probability(), table.median(), opts.runs, opts.seed, org.concord.forecast.model.WhatWouldMoveIt.STEP);
                List<List<String>> rows = table.moves().stream().limit(top).map(m -> List.of(m.actor().value(),
                        String.format(java.util.Locale.ROOT, "%.1f -> %.1f", m.from(), m.to()),
                        String.format(java.util.Locale.ROOT, "%.1f%%", 100 * m.probability()),
                        String.format(java.util.Locale.ROOT, "%+.1f pts", 100 * m.change()),
                        String.format(java.util.Locale.ROOT, "%.1f (%+.1f)", m.median(), m.medianShift()))).toList();
                Output.table(out, List.of("actor", "position", table.measure(), "change", "median"), rows);
                if (table.moves().isEmpty()) out.println("No single actor's 10-point move changes the forecast.");
            }
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "The forecast of an issue as it read on each day a stance arrived (nothing stored); --svg writes it as a chart.")
    static final class History implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Mixin Unstored opts;

        @Parameters(paramLabel = "ISSUE", description = "The forecast issue, e.g. nmi-end.")
        String issue;

        @Option(names = "--svg", paramLabel = "FILE", description = "Also write the history as an SVG chart to this file.")
        Path svg;

        @Override public Integer call() {
            if (svg != null) {
                // checked before the forecasts are computed and the table printed: a refused command prints nothing
                Path folder = svg.toAbsolutePath().getParent();
                if (folder == null || !Files.isDirectory(folder)) throw new InvalidInput("--svg", "the folder " + folder + " does not exist");
                if (Files.isDirectory(svg)) throw new InvalidInput("--svg", svg + " is a folder");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (var c = db.open(true)) {
                List<ForecastService.HistoryPoint> points;
                try {
                    points = c.forecasts().history(DbOptions.analyst(), new ForecastRequestData(issue, opts.runs, opts.seed, opts.model, null));
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, Unstored.OPTIONS);
                }
                List<List<String>> rows = points.stream().map(p -> List.of(p.asOf(), Integer.toString(p.stances()),
                        p.probability() == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * p.probability()),
                        p.median() == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", p.median()),
                        p.p5() == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f-%.1f", p.p5(), p.p95()))).toList();
                String measure = points.stream().map(ForecastService.HistoryPoint::measure).filter(java.util.Objects::nonNull).findFirst().orElse("odds");
                Output.table(out, List.of("as of", "stances", measure, "median", "90% band"), rows);
                if (svg != null) {
                    String title = c.forecasts().issue(DbOptions.analyst(), IssueId.of(issue), Optional.empty()).issue().title();
                    try {
                        Files.writeString(svg, org.concord.web.ForecastHistoryChart.svg(title, points), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new InvalidInput("--svg", "cannot write " + svg + ": " + e.getMessage());
                    }
                    out.println("chart written to " + svg);
                }
            }
            return 0;
        }
    }

    @Command(name = "calibrate", mixinStandardHelpOptions = true,
            description = "Write the residuals forecasts are calibrated with, learned on past cases in a validation CSV "
                    + "(Concord ships the file made from the DEU III development half as " + ForecastService.CALIBRATION_RESOURCE + ").")
    static final class Calibrate implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The CSV file of past cases.")
        Path file;

        @Option(names = "--source", paramLabel = "TEXT", required = true, description = "One line saying what the cases are; forecasts quote it.")
        String source;

        @Option(names = "--qmv-threshold", paramLabel = "SHARE", defaultValue = "" + ValidationCsv.DEFAULT_QMV_THRESHOLD,
                description = "Vote share a QMV issue needs, in (0.5, 1] (default ${DEFAULT-VALUE}).")
        double qmvThreshold;

        @Override public Integer call() {
            ForecastService.CalibrationOutcome outcome;
            try (Reader in = Validate.open(file); var c = db.open(false)) {
                try {
                    outcome = c.forecasts().calibrationFile(DbOptions.analyst(), in, qmvThreshold, source);
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, Map.of("qmvThreshold", "--qmv-threshold", "source", "--source"));
                }
            } catch (IOException e) {
                throw new InvalidInput(file.toString(), "cannot be read: " + e.getMessage());
            }
            return switch (outcome) {
                case ForecastService.CalibrationOutcome.Written w -> {
                    spec.commandLine().getOut().print(w.text());
                    spec.commandLine().getOut().flush();
                    yield 0;
                }
                case ForecastService.CalibrationOutcome.Rejected r -> {
                    spec.commandLine().getErr().printf("concord: %s: %d bad row(s), nothing written: %s%n", file, r.errors().size(),
                            r.errors().stream().map(RowError::toString).collect(Collectors.joining("; ")));
                    yield 1;
                }
            };
        }
    }

    static void print(PrintWriter out, Output.Format format, ForecastData f) {
        if (format == Output.Format.table) ForecastText.print(out, f);
        else Output.json(out, f);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored forecast.")
    static final class Show implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The forecast's number (see 'concord forecast list').")
        String id;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            ForecastId fid = id(id);
            try (var c = db.open(true)) {
                print(spec.commandLine().getOut(), format, c.forecasts().forecast(DbOptions.analyst(), fid));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List stored forecasts, newest first.")
    static final class ListForecasts implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--issue", paramLabel = "ID", description = "Only forecasts of this issue.")
        String issue;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            Optional<IssueId> filter = IssuesCommand.filter(issue);
            try (var c = db.open(true)) {
                List<ForecastSummary> list = c.forecasts().forecasts(DbOptions.analyst(), filter);
                Output.rows(spec.commandLine().getOut(), format,
                        List.of("id", "issue", "at", "model", "runs", "seed", "P(pass)", "P(status quo)", "P(compromise)", "median"),
                        list.stream().map(s -> List.of(Long.toString(s.id()), s.issue(), s.at().toString(), s.model() + " " + s.modelVersion(),
                                Integer.toString(s.runs()), Long.toString(s.seed()), ForecastText.pct(s.proposalPasses()),
                                ForecastText.pct(s.statusQuoHolds()), ForecastText.pct(s.compromise()), ForecastText.num(s.median()))).toList(),
                        list);
            }
            return 0;
        }
    }

    @Command(name = "reproduce", mixinStandardHelpOptions = true,
            description = "Run a stored forecast's inputs again with its seed and model; exit 1 if the numbers differ.")
    static final class Reproduce implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The forecast's number.")
        String id;

        @Override public Integer call() {
            ForecastId fid = id(id);
            try (var c = db.open(true)) {
                return switch (c.forecasts().reproduce(DbOptions.analyst(), fid)) {
                    case Reproduction.Identical same -> {
                        spec.commandLine().getOut().printf("forecast %s reproduced exactly (%s %s, seed %d, %,d runs)%n", fid,
                                same.stored().model(), same.stored().modelVersion(), same.stored().seed(), same.stored().runs());
                        yield 0;
                    }
                    case Reproduction.Differs d -> {
                        spec.commandLine().getErr().printf("concord: forecast %s does not reproduce: %s%n", fid, d.reason());
                        yield 1;
                    }
                };
            }
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Score the models' calibrated predictive distributions on past cases in a CSV file (header: "
                    + "issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer[,group]"
                    + "): CRPS, 50 %% and 90 %% band coverage, a calibration table and MAE with bootstrap intervals, cross-validated "
                    + "by proposal or fitted on --train only; a bad row is named by its line and nothing is scored.")
    static final class Validate implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The CSV file of cases to score.")
        Path file;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Option(names = "--cv", paramLabel = "SCHEME", defaultValue = "proposal",
                description = "Cross-validation scheme when no --train is given: proposal (issues of one proposal are never split; "
                        + "the proposal is the group column, else the issue id without its trailing i<n>). Default ${DEFAULT-VALUE}.")
        String cv;

        @Option(names = "--folds", paramLabel = "K", defaultValue = "" + ForecastValidation.DEFAULT_FOLDS,
                description = "Folds of the cross-validation, 2 to 100 (fewer when there are fewer proposals; default ${DEFAULT-VALUE}).")
        int folds;

        @Option(names = "--train", paramLabel = "TRAIN", description = "Fit everything that is fitted on this file only, and score FILE.")
        Path train;

        @Option(names = "--qmv-threshold", paramLabel = "SHARE", defaultValue = "" + ValidationCsv.DEFAULT_QMV_THRESHOLD,
                description = "Vote share a QMV issue needs, in (0.5, 1] (default ${DEFAULT-VALUE}).")
        double qmvThreshold;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ForecastService.DEFAULT_SEED,
                description = "Seed of the folds and of the bootstrap behind the confidence intervals (default ${DEFAULT-VALUE}).")
        long seed;

        @Override public Integer call() {
            if (!cv.equals("proposal")) throw new InvalidInput("--cv", "must be proposal, was '" + cv + "'");
            ForecastValidation.PredictiveOutcome outcome;
            try (Reader in = open(file); Reader trainIn = train == null ? null : open(train); var c = db.open(false)) {
                try {
                    outcome = c.forecasts().validatePredictive(DbOptions.analyst(), file.toString(), in,
                            train == null ? Optional.empty() : Optional.of(new ForecastValidation.Training(train.toString(), trainIn)),
                            qmvThreshold, folds, seed);
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, Map.of("qmvThreshold", "--qmv-threshold", "folds", "--folds", "train", "--train", "cv", "--cv",
                            "cases", file.toString()));
                }
            } catch (IOException e) {
                throw new InvalidInput(file.toString(), "cannot be read: " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            return switch (outcome) {
                case ForecastValidation.PredictiveScored s -> {
                    if (format == Output.Format.json) out.println(PredictiveRendering.json(s.report()));
                    else out.print(PredictiveRendering.table(s.report()));
                    out.flush();
                    yield 0;
                }
                case ForecastValidation.PredictiveRejected r -> {
                    spec.commandLine().getErr().printf("concord: %s: %d bad row(s), nothing scored: %s%n", r.file(), r.errors().size(),
                            r.errors().stream().map(RowError::toString).collect(Collectors.joining("; ")));
                    yield 1;
                }
            };
        }

        static Reader open(Path path) {
            try {
                return Files.newBufferedReader(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new InvalidInput(path.toString(), "no such file");
            } catch (IOException e) {
                throw new InvalidInput(path.toString(), "cannot be read: " + e.getMessage());
            }
        }
    }
}
