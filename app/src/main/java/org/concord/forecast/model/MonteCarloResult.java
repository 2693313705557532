package org.concord.forecast.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** The outcome of a Monte Carlo forecast: the distributions, or why the model could not run. */
public sealed interface MonteCarloResult permits MonteCarloResult.Completed, MonteCarloResult.Skipped {

    MonteCarloRequest request();

    /**
     * @param request       the inputs, seed and draw count, as run
     * @param model         the model's name
     * @param modelVersion  the model's version
     * @param engineVersion {@link MonteCarloForecast#ENGINE_VERSION}
     * @param outcome       distribution of the model's predicted point over the draws
     * @param histogram     counts of the predicted point in equal bins over 0-100
     * @param odds          how often the rule lets the proposal pass, keeps the status quo, or yields a compromise;
     *                      empty if the issue has no reference point or no voter
     * @param pivotal       actors ranked by the share of draws in which they bound the win-set, most often first;
     *                      those that never do are left out
     * @param setterPoint   distribution of the most proposer-favourable point the rule lets pass (the point of the
     *                      win-set nearest the proposer's ideal, or the proposal if no proposer is named); empty if
     *                      there is neither, or no win-set
     * @param levers        per actor, the move that would flip the fate of the proposal in the central scenario;
     *                      empty without a proposal and a reference point
     * @param headline      distribution of the headline outcome: the model's point, moved in each draw to the nearest
     *                      point of what the rule lets pass when the model ignores the rule (then {@code outcome} is
     *                      the model's own point, a reference); equal to {@code outcome} otherwise
     * @param restricted    whether the headline was restricted to the win-set (the model ignores the rule and the rule applies)
     * @param calibrated    the headline's predictive distribution with the model's own error learned on past cases,
     *                      when a calibration was given
     */
    record Completed(MonteCarloRequest request, String model, String modelVersion, String engineVersion,
                     Distribution outcome, Histogram histogram, Optional<RuleOdds> odds, List<PivotalShare> pivotal,
                     Optional<Distribution> setterPoint, List<Lever> levers, Distribution headline, boolean restricted,
                     Optional<Calibrated> calibrated) implements MonteCarloResult {
        public Completed {
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(calibrated, "calibrated");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(modelVersion, "modelVersion");
            Objects.requireNonNull(engineVersion, "engineVersion");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(histogram, "histogram");
            Objects.requireNonNull(odds, "odds");
            pivotal = List.copyOf(pivotal);
            Objects.requireNonNull(setterPoint, "setterPoint");
            levers = List.copyOf(levers);
        }
    }

    /**
     * @param request the inputs
     * @param model   the model's name
     * @param reason  why the model could not run, not blank
     */
    record Skipped(MonteCarloRequest request, String model, String reason) implements MonteCarloResult {
        public Skipped {
            Objects.requireNonNull(request, "request");
            if (reason == null || reason.isBlank()) throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /**
     * The headline's predictive distribution including the model's own error.
     *
     * @param band     quantiles of the calibrated predictive distribution (lower quantiles of the weighted sample)
     * @param source   which past cases calibrated it, in words
     * @param stratum  which residuals were used: the rule's own or all pooled
     * @param residuals how many past residuals
     */
    record Calibrated(Distribution band, String source, String stratum, int residuals) {
        public Calibrated {
            Objects.requireNonNull(band, "band");
            if (source == null || source.isBlank()) throw new IllegalArgumentException("source must not be blank");
            Objects.requireNonNull(stratum, "stratum");
            if (residuals < 1) throw new IllegalArgumentException("residuals must be at least 1, was " + residuals);
        }
    }

    /**
     * Shares of the draws; the three of them sum to 1. A draw counts as "status quo holds" when the win-set is the
     * status quo alone; else as "proposal passes" when the proposal as written, distinct from the status quo, lies in
     * the win-set; else as "status quo holds" when the headline is within epsilon of it; else as "compromise".
     *
     * @param proposalPasses      share where the proposal passes as written; empty if no proposal is tabled or the
     *                            proposal is the status quo (passing it changes nothing, so its odds are those of the
     *                            status quo)
     * @param statusQuoHolds      share where the status quo holds
     * @param compromise          share of the rest
     * @param proposalIsStatusQuo whether the proposal as written is the status quo
     */
    record RuleOdds(OptionalDouble proposalPasses, double statusQuoHolds, double compromise, boolean proposalIsStatusQuo) {
        public RuleOdds {
            if (proposalIsStatusQuo && proposalPasses.isPresent())
                throw new IllegalArgumentException("a proposal that is the status quo has no odds of its own");
            Objects.requireNonNull(proposalPasses, "proposalPasses");
            double pass = proposalPasses.orElse(0);
            if (!(pass >= 0 && statusQuoHolds >= 0 && compromise >= 0 && Math.abs(pass + statusQuoHolds + compromise - 1) < 1e-9))
                throw new IllegalArgumentException("shares must be at least 0 and sum to 1, were " + pass + ", " + statusQuoHolds + ", " + compromise);
        }
    }

    /**
     * @param actor the actor, must not be null
     * @param share the share of draws in which it bounds the win-set, in (0, 1]
     */
    record PivotalShare(ActorId actor, double share) {
        public PivotalShare {
            Objects.requireNonNull(actor, "actor");
            if (!(share > 0 && share <= 1)) throw new IllegalArgumentException("share must be in (0, 1], was " + share);
        }
    }

    /**
     * @param counts draws per bin; bin k covers [k w, (k+1) w) with w = 100 / counts.size(), the last bin includes 100
     */
    record Histogram(List<Integer> counts) {
        public Histogram {
            counts = List.copyOf(counts);
            if (counts.isEmpty()) throw new IllegalArgumentException("a histogram needs at least one bin");
            for (int c : counts) if (c < 0) throw new IllegalArgumentException("bin count must be at least 0, was " + c);
        }

        double binWidth() { return 100.0 / counts.size(); }
    }
}
