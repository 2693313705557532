package org.concord.forecast.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The primitive kernel behind an {@link OutcomeModel}: evaluated once per Monte Carlo draw on a {@code double[]} of
 * positions, with no allocation. The public {@code predict} of each model runs the same kernel, so a single forecast
 * and a Monte Carlo draw cannot disagree.
 */
interface ArrayModel {

    /** Whether the kernel methods may be used; false for a composite whose parts are not all kernels. */
    default boolean kernelReady() { return true; }

    /** Why the model cannot predict this problem for any positions, if it cannot. Checked once, before the draws. */
    Optional<String> refusal(Problem p);

    /**
     * The predicted point for positions {@code pos}. When the problem has a reference point and an applicable rule,
     * {@code g} holds the win-set for {@code pos}; otherwise it is stale and must not be read.
     */
    double evaluate(Problem p, double[] pos, RuleGeometry g);

    /** One or two sentences on how {@code point} came about, for the single-forecast result. */
    String rationale(Problem p, double[] pos, RuleGeometry g, double point);

    /** Runs a kernel as an {@link OutcomeModel#predict}. */
    static ModelResult predict(String name, ArrayModel model, ForecastIssue issue, List<ActorInput> actors) {
        Problem p = Problem.compile(issue, actors);
        Optional<String> refusal = model.refusal(p);
        if (refusal.isPresent()) return new ModelResult.Skipped(name, refusal.get());
        RuleGeometry g = new RuleGeometry(p.n);
        Optional<WinSet> winSet = Optional.empty();
        if (p.winSetRefusal().isEmpty()) {
            g.compute(p, p.position);
            winSet = Optional.of(p.winSet(g));
        }
        double point = Scale.clamp(model.evaluate(p, p.position, g));
        return new ModelResult.Predicted(name, point, winSet, model.rationale(p, p.position, g, point));
    }

    static String fmt(double x) { return String.format(Locale.ROOT, "%.1f", x); }
}
