package org.concord.forecast.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Propagates the uncertainty of actors' positions to the outcome: each draw takes every actor's position from its
 * estimate, a normal truncated to [0, 100] (by redrawing, at most 16 times, then clamping), and runs the model and
 * the decision rule on it.
 *
 * <p>Reproducible: the only randomness is a {@link SplittableRandom} seeded from the request, and actors are drawn in
 * the order of the request, so the same request, model version and Java version give identical numbers. The request,
 * model name and version and {@link #ENGINE_VERSION} are recorded in the result.
 *
 * <p>Cost: models (a)-(c) and ensembles of them run on primitive arrays with no allocation per draw: O(n) per draw
 * for the draws, the rule (a min/max scan under unanimity, weighted quickselect otherwise) and models (a)-(b), and
 * O(n log(1/tolerance)) for model (c). Other models (e.g. expected utility) get a fresh actor list per draw.
 */
public final class MonteCarloForecast {
    /** Bumped whenever the same request would give other numbers. */
    public static final String ENGINE_VERSION = "concord-forecast-mc/2";
    /** Bins of the outcome histogram over 0-100. */
    public static final int BINS = 20;
    private static final int TRUNCATION_TRIES = 16;

    private final OutcomeModel model;
    private final Optional<ResidualCalibration> calibration;

    /** @param model the model to run per draw, must not be null */
    public MonteCarloForecast(OutcomeModel model) { this(model, Optional.empty()); }

    /**
     * @param model       the model to run per draw, must not be null
     * @param calibration the residuals of the model's headline learned on past cases, for calibrated bands; may be empty
     */
    public MonteCarloForecast(OutcomeModel model, Optional<ResidualCalibration> calibration) {
        this.model = Objects.requireNonNull(model, "model");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
    }

    /** Runs without progress reports. */
    public MonteCarloResult run(MonteCarloRequest request) { return run(request, done -> { }); }

    /**
     * Runs the forecast.
     *
     * @param request  the inputs, must not be null
     * @param progress told the number of draws done, about every 1 % and at the end; must not be null
     * @return the distributions, or {@link MonteCarloResult.Skipped} if the model cannot speak to the issue
     * @throws IllegalArgumentException if the proposer is not among the actors
     */
    public MonteCarloResult run(MonteCarloRequest request, IntConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        Problem p = Problem.compile(request.issue(), request.centralActors());
        ArrayModel kernel = model instanceof ArrayModel a && a.kernelReady() ? a : null;
        if (kernel != null) {
            Optional<String> refusal = kernel.refusal(p);
            if (refusal.isPresent()) return new MonteCarloResult.Skipped(request, model.name(), refusal.get());
        }
        // Model (d) is no array kernel, but has a path of its own that draws without building actor lists.
        ExpectedUtilityAdapter.Draws expectedUtility = kernel == null && model instanceof ExpectedUtilityAdapter eu
                ? eu.draws(request.actors()).orElse(null) : null;
        int n = p.n, draws = request.draws();
        double[] mean = p.position.clone(), sd = new double[n];
        for (int i = 0; i < n; i++) {
            PositionEstimate e = request.estimates().get(p.ids[i]);
            if (e != null) sd[i] = e.sd();
        }
        boolean rule = p.winSetRefusal().isEmpty();
        boolean setter = rule && (p.proposer >= 0 || p.hasProposal);
        boolean restrict = rule && !model.obeysRule();
        boolean proposalIsStatusQuo = rule && p.hasProposal && Math.abs(p.proposal - p.reference) <= 1e-9;
        double[] headline = restrict ? new double[draws] : null;
        SplittableRandom rng = new SplittableRandom(request.seed());
        RuleGeometry g = new RuleGeometry(n);
        double[] pos = new double[n], outcomes = new double[draws], setterPoints = setter ? new double[draws] : null;
        int[] histogram = new int[BINS], bounding = new int[n];
        int passes = 0, statusQuo = 0, step = Math.max(1, draws / 100);
        double eps = request.statusQuoEpsilon();
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < n; i++) pos[i] = draw(rng, mean[i], sd[i]);
            if (rule) g.compute(p, pos);
            double x;
            if (kernel != null) {
                x = Scale.clamp(kernel.evaluate(p, pos, g));
            } else if (expectedUtility != null) {
                x = expectedUtility.point(pos);
            } else {
                switch (model.predict(request.issue(), withPositions(request.actors(), pos))) {
                    case ModelResult.Predicted r -> x = r.point();
                    case ModelResult.Skipped s -> {
                        return new MonteCarloResult.Skipped(request, model.name(), "draw " + d + ": " + s.reason());
                    }
                }
            }
            outcomes[d] = x;
            double h = x;
            if (restrict) {
                h = g.side == 0 ? p.reference : Math.max(g.low, Math.min(g.high, x));
                headline[d] = h;
            }
            histogram[Math.min(BINS - 1, (int) (h * BINS / Scale.MAX))]++;
            if (rule) {
                if (g.side == 0) statusQuo++;
                else if (!proposalIsStatusQuo && p.hasProposal && p.proposal >= g.low - 1e-9 && p.proposal <= g.high + 1e-9) passes++;
                else if (Math.abs(h - p.reference) <= eps) statusQuo++;
                if (g.boundA >= 0) bounding[g.boundA]++;
                if (g.boundB >= 0 && g.boundB != g.boundA) bounding[g.boundB]++;
                if (setter) {
                    double ideal = p.proposer >= 0 ? pos[p.proposer] : p.proposal;
                    setterPoints[d] = Math.max(g.low, Math.min(g.high, ideal));
                }
            }
            if ((d + 1) % step == 0 || d + 1 == draws) progress.accept(d + 1);
        }
        Optional<MonteCarloResult.RuleOdds> odds = Optional.empty();
        if (rule) {
            double pass = (double) passes / draws, sq = (double) statusQuo / draws;
            odds = Optional.of(new MonteCarloResult.RuleOdds(p.hasProposal && !proposalIsStatusQuo ? OptionalDouble.of(pass) : OptionalDouble.empty(),
                    sq, Math.max(0, 1 - pass - sq), proposalIsStatusQuo));
        }
        List<Integer> bins = new ArrayList<>(BINS);
        for (int c : histogram) bins.add(c);
        double[] headDraws = restrict ? headline : outcomes;
        Optional<MonteCarloResult.Calibrated> calibrated = calibration.map(c -> {
            String code = request.issue().rule().code();
            PredictiveSample s = c.predictive(headDraws, ResidualCalibration.spread(request.centralActors()), code);
            return new MonteCarloResult.Calibrated(new Distribution(s.quantile(0.05), s.quantile(0.25), s.quantile(0.5), s.quantile(0.75),
                    s.quantile(0.95), s.mean()), c.source(), c.stratumFor(code), c.count(code));
        });
        Distribution own = Distribution.of(outcomes, draws);
        Distribution head = restrict ? Distribution.of(headline, draws) : own;
        return new MonteCarloResult.Completed(request, model.name(), model.version(), ENGINE_VERSION,
                own, new MonteCarloResult.Histogram(bins), odds, pivotal(p, bounding, draws),
                setter ? Optional.of(Distribution.of(setterPoints, draws)) : Optional.empty(), Levers.of(p, p.position),
                head, restrict, calibrated);
    }

    /** A normal draw truncated to [0, 100]: redrawn up to 16 times, then clamped. */
    static double draw(SplittableRandom rng, double mean, double sd) {
        if (sd == 0) return mean;
        for (int t = 0; t < TRUNCATION_TRIES; t++) {
            double x = mean + sd * rng.nextGaussian();
            if (x >= Scale.MIN && x <= Scale.MAX) return x;
        }
        return Scale.clamp(mean + sd * rng.nextGaussian());
    }

    private static List<ActorInput> withPositions(List<ActorInput> actors, double[] pos) {
        List<ActorInput> out = new ArrayList<>(actors.size());
        for (int i = 0; i < pos.length; i++) out.add(actors.get(i).withPosition(pos[i]));
        return out;
    }

    private static List<MonteCarloResult.PivotalShare> pivotal(Problem p, int[] bounding, int draws) {
        List<MonteCarloResult.PivotalShare> out = new ArrayList<>();
        for (int i = 0; i < p.n; i++)
            if (bounding[i] > 0) out.add(new MonteCarloResult.PivotalShare(p.ids[i], (double) bounding[i] / draws));
        out.sort(Comparator.comparingDouble(MonteCarloResult.PivotalShare::share).reversed()
                .thenComparing(MonteCarloResult.PivotalShare::actor));
        return List.copyOf(out);
    }
}
