package org.concord.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model's own error, learned on past cases, turned into a predictive distribution around its point (split-conformal
 * calibration with normalised scores: Lei, G'Sell, Rinaldo, Tibshirani &amp; Wasserman 2018, sec. 5.2).
 *
 * <p>Each past case gives a scaled residual r = (outcome - point) / (spread + {@value #SPREAD_OFFSET}), where the
 * spread is the capability x salience weighted standard deviation of the actors' positions (a divided issue misses
 * by more). The predictive distribution of a new issue is clamp(point + r (spread + offset)) over the residuals of its
 * stratum: the residuals of its decision rule when at least {@value #MIN_PER_STRATUM} past cases had that rule, else
 * all residuals pooled. With draws of the point (input uncertainty) each draw is paired with a residual, so the
 * spread of the inputs and the model's error add up.
 *
 * <p>Immutable.
 */
public final class ResidualCalibration {
    /** Scale points added to the spread so that a unanimous issue keeps some error; chosen on the DEU development half. */
    static final double SPREAD_OFFSET = 5;
    /** Past cases a rule needs before it gets residuals of its own. */
    static final int MIN_PER_STRATUM = 20;
    /** The key of the pooled stratum. */
    public static final String POOLED = "ALL";

    /**
     * One past case.
     *
     * @param rule    the rule's code (e.g. {@code UNANIMITY}), not null
     * @param point   the model's point, on 0-100
     * @param spread  the spread of positions, finite and at least 0
     * @param outcome the coded outcome, on 0-100
     */
    public record Residual(String rule, double point, double spread, double outcome) {
        public Residual {
            Objects.requireNonNull(rule, "rule");
            Scale.check("point", point);
            Scale.check("outcome", outcome);
            if (!(spread >= 0 && spread < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException("spread must be finite and at least 0, was " + spread);
        }

        double scaled() { return (outcome - point) / (spread + SPREAD_OFFSET); }
    }

    private final Map<String, double[]> strata;
    private final String source;

    private ResidualCalibration(Map<String, double[]> strata, String source) {
        this.strata = strata;
        this.source = source;
    }

    /**
     * Learns the residuals.
     *
     * @param past   the past cases, at least one
     * @param source what the cases are, for the forecast to say which data calibrated it; not blank
     * @throws IllegalArgumentException if there is no case or the source is blank
     */
    public static ResidualCalibration fit(List<Residual> past, String source) {
        if (past.isEmpty()) throw new IllegalArgumentException("calibration needs at least one past case");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must not be blank");
        Map<String, List<Double>> byRule = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (Residual r : past) {
            byRule.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(r.scaled());
            all.add(r.scaled());
        }
        Map<String, double[]> strata = new LinkedHashMap<>();
        strata.put(POOLED, sorted(all));
        byRule.forEach((rule, list) -> { if (list.size() >= MIN_PER_STRATUM) strata.put(rule, sorted(list)); });
        return new ResidualCalibration(strata, source);
    }

    /**
     * A calibration from scaled residuals already learned (e.g. shipped with Concord).
     *
     * @param strata scaled residuals per stratum key; must hold {@link #POOLED}, each list not empty and finite
     * @param source what the residuals were learned on, not blank
     */
    public static ResidualCalibration ofScaled(Map<String, List<Double>> strata, String source) {
        if (!strata.containsKey(POOLED)) throw new IllegalArgumentException("strata must hold the pooled key " + POOLED);
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must not be blank");
        Map<String, double[]> out = new LinkedHashMap<>();
        strata.forEach((k, v) -> {
            if (v.isEmpty()) throw new IllegalArgumentException("stratum " + k + " is empty");
            for (double d : v) if (!Double.isFinite(d)) throw new IllegalArgumentException("stratum " + k + " holds " + d);
            out.put(k, sorted(v));
        });
        return new ResidualCalibration(out, source);
    }

    private static double[] sorted(List<Double> list) {
        double[] a = list.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    /** What the residuals were learned on. */
    public String source() { return source; }

    /** The stratum a rule's issues are calibrated with: the rule's own, or {@link #POOLED}. */
    public String stratumFor(String rule) { return strata.containsKey(rule) ? rule : POOLED; }

    /** Number of residuals in the stratum a rule uses. */
    public int count(String rule) { return strata.get(stratumFor(rule)).length; }

    /** The scaled residuals of every stratum, sorted, pooled first. */
    Map<String, List<Double>> scaledResiduals() {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        strata.forEach((k, v) -> out.put(k, Arrays.stream(v).boxed().toList()));
        return out;
    }

    /** The predictive distribution around one point. @param spread finite, at least 0 */
    public PredictiveSample predictive(double point, double spread, String rule) {
        return predictive(new double[] {point}, spread, rule);
    }

    /**
     * The predictive distribution around draws of the point: draw d is paired with residual d mod R (draws are
     * independent, so the pairing is as good as random); at least every residual is used once.
     *
     * @param points draws of the model's point, at least one, each on 0-100
     * @param spread the spread of positions, finite and at least 0
     * @param rule   the rule's code
     */
    PredictiveSample predictive(double[] points, double spread, String rule) {
        if (points.length == 0) throw new IllegalArgumentException("need at least one point");
        if (!(spread >= 0 && spread < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException("spread must be finite and at least 0, was " + spread);
        double[] res = strata.get(stratumFor(rule));
        double scale = spread + SPREAD_OFFSET;
        int n = Math.max(points.length, res.length);
        double[] out = new double[n];
        for (int d = 0; d < n; d++) out[d] = Scale.clamp(Scale.check("point", points[d % points.length]) + res[d % res.length] * scale);
        return PredictiveSample.of(out);
    }

    /**
     * The spread of an issue: the capability x salience weighted standard deviation of the positions (capability
     * alone when every salience is 0).
     *
     * @param actors not empty
     */
    public static double spread(List<ActorInput> actors) {
        if (actors.isEmpty()) throw new IllegalArgumentException("need at least one actor");
        boolean anySalience = actors.stream().anyMatch(a -> a.salience() > 0);
        double sw = 0, swx = 0;
        for (ActorInput a : actors) {
            double w = a.capability() * (anySalience ? a.salience() : 1);
            sw += w;
            swx += w * a.position();
        }
        double mean = swx / sw, v = 0;
        for (ActorInput a : actors) {
            double w = a.capability() * (anySalience ? a.salience() : 1);
            v += w * (a.position() - mean) * (a.position() - mean);
        }
        return Math.sqrt(v / sw);
    }
}
