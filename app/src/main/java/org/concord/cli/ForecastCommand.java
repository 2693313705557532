package org.concord.cli;

import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.ForecastId;
import org.concord.forecast.application.ForecastRequestData;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.ForecastSummary;
import org.concord.forecast.application.Reproduction;
import org.concord.forecast.model.IssueId;
import org.concord.forecast.validation.ForecastValidation;
import org.concord.forecast.validation.RowError;
import org.concord.forecast.validation.ValidationCsv;
import org.concord.forecast.validation.ValidationRendering;
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
                ForecastCommand.Reproduce.class, ForecastCommand.Validate.class})
final class ForecastCommand implements Runnable {
    /** Runs at or above this many draws show a progress bar on stderr. */
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

        @Option(names = "--model", paramLabel = "NAME", defaultValue = ForecastService.DEFAULT_MODEL,
                description = "compromise, win-set, nash-bargaining or expected-utility (default ${DEFAULT-VALUE}).")
        String model;

        @Option(names = {"--on", "--as-of"}, paramLabel = "DATE", description = "Weigh the stances reported up to this date (YYYY-MM-DD; default today). --as-of is a deprecated alias.")
        String asOf;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            IntConsumer progress = runs >= PROGRESS_FROM ? done -> ForecastText.progress(err, done, runs) : done -> { };
            try (var c = db.open(true)) {
                ForecastData f;
                try {
                    f = c.forecasts().run(DbOptions.analyst(), new ForecastRequestData(issue, runs, seed, model, asOf), progress);
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, Map.of("issue", "ISSUE", "runs", "--runs", "model", "--model", "asOf", "--on"));
                }
                print(spec.commandLine().getOut(), format, f);
            }
            return 0;
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

        @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
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
            description = "Score every model on past cases in a CSV file (header: " + "issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer"
                    + "); a bad row is named by its line and nothing is scored.")
    static final class Validate implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The CSV file of cases.")
        Path file;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Option(names = "--qmv-threshold", paramLabel = "SHARE", defaultValue = "" + ValidationCsv.DEFAULT_QMV_THRESHOLD,
                description = "Vote share a QMV issue needs, in (0.5, 1] (default ${DEFAULT-VALUE}).")
        double qmvThreshold;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ForecastService.DEFAULT_SEED,
                description = "Seed of the bootstrap behind the confidence intervals (default ${DEFAULT-VALUE}).")
        long seed;

        @Override public Integer call() {
            if (format == Output.Format.csv) throw new InvalidInput("--format", "must be table or json for validate");
            ForecastValidation.Outcome outcome;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); var c = db.open(false)) {
                try {
                    outcome = c.forecasts().validate(DbOptions.analyst(), in, qmvThreshold, seed);
                } catch (InvalidInput e) {
                    throw OptionNames.rename(e, Map.of("qmvThreshold", "--qmv-threshold"));
                }
            } catch (NoSuchFileException e) {
                throw new InvalidInput(file.toString(), "no such file");
            } catch (IOException e) {
                throw new InvalidInput(file.toString(), "cannot be read: " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            return switch (outcome) {
                case ForecastValidation.Scored s -> {
                    if (format == Output.Format.json) out.println(ValidationRendering.json(s.report()));
                    else out.print(ValidationRendering.table(s.report()));
                    out.flush();
                    yield 0;
                }
                case ForecastValidation.Rejected r -> {
                    spec.commandLine().getErr().printf("concord: %s: %d bad row(s), nothing scored: %s%n", file, r.errors().size(),
                            r.errors().stream().map(RowError::toString).collect(Collectors.joining("; ")));
                    yield 1;
                }
            };
        }
    }
}
