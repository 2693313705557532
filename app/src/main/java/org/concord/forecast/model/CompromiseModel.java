package org.concord.forecast.model;

import java.util.List;
import java.util.Optional;

/**
 * Model (a), the compromise model: the outcome is the mean of the actors' positions weighted by capability x
 * salience, over all actors, voters or not.
 *
 * <p>Source: van den Bos, <i>Dutch EC Policy Making</i> (1991); Achen's chapters in Thomson, Stokman, Achen &amp;
 * König (eds.), <i>The European Union Decides</i> (CUP 2006), where this simple model predicts EU Council outcomes
 * about as well as the elaborate ones; Stokman &amp; van Oosten (1994) predict with the same weighted mean, taken
 * after actors exchange voting positions. On KTAB's {@code SOE-Policy} inputs the mean is 35.0
 * (reference/forecasting/README.md).
 *
 * <p>Assumptions: outcomes are negotiated so every actor gets something in proportion to its power and how much it
 * cares; the decision rule and the status quo do not matter (it needs no reference point); the scale is interval.
 */
public final class CompromiseModel implements OutcomeModel, ArrayModel {

    @Override public String name() { return "compromise"; }

    @Override
    public ModelResult predict(ForecastIssue issue, List<ActorInput> actors) {
        return ArrayModel.predict(name(), this, issue, actors);
    }

    @Override
    public Optional<String> refusal(Problem p) {
        return p.anySalience() ? Optional.empty() : Optional.of("every actor has salience 0, so no weighted mean exists");
    }

    @Override
    public double evaluate(Problem p, double[] pos, RuleGeometry g) { return p.compromise(pos); }

    @Override
    public String rationale(Problem p, double[] pos, RuleGeometry g, double point) {
        return "Mean of " + p.n + " actors' positions weighted by capability x salience.";
    }
}
