package org.concord.forecast.application;

import org.concord.forecast.model.Distribution;
import org.concord.forecast.model.Lever;
import org.concord.forecast.model.MonteCarloResult;

import java.time.Instant;
import java.util.List;

/**
 * A stored forecast on the wire: who ran what, with which seed, model and version, on which inputs, and the results.
 * The inputs hold everything the draws depend on, so running them again with the same model version reproduces the
 * results exactly.
 *
 * @param id            the forecast's number; null before it is stored
 * @param issue         the issue id
 * @param at            when it was run
 * @param by            who ran it
 * @param model         the model's name
 * @param modelVersion  the model's version
 * @param engineVersion the Monte Carlo engine's version
 * @param runs          the number of draws
 * @param seed          the seed of the draws
 * @param inputs        what the draws were made from
 * @param results       what they gave
 * @param classification its marking: at least as high as the issue's and every stance's it used
 */
public record ForecastData(Long id, String issue, Instant at, String by, String model, String modelVersion, String engineVersion,
                           int runs, long seed, Inputs inputs, Results results, String classification) {

    /** The same forecast saying who ran it as {@code shownBy}. */
    ForecastData ranBy(String shownBy) {
        return new ForecastData(id, issue, at, shownBy, model, modelVersion, engineVersion, runs, seed, inputs, results, classification);
    }

    /** The same forecast with its marking as it stands now. */
    ForecastData marked(String marking) {
        return marking.equals(classification) ? this
                : new ForecastData(id, issue, at, by, model, modelVersion, engineVersion, runs, seed, inputs, results, marking);
    }

    ForecastData withId(ForecastId newId) {
        return new ForecastData(newId.value(), issue, at, by, model, modelVersion, engineVersion, runs, seed, inputs, results, classification);
    }

    /**
     * @param asOf             YYYY-MM-DD, the date the stances were weighed at
     * @param issue            the issue as defined when the forecast ran
     * @param actors           the actors in the order they were drawn, with their estimates
     * @param stances          the ids of the reported stances counted
     * @param statusQuoEpsilon how close to the status quo an outcome counts as "status quo holds"
     */
    public record Inputs(String asOf, IssueData issue, List<ActorData> actors, List<Long> stances, double statusQuoEpsilon) {}

    /**
     * What the draws gave. For a model that could not speak to the issue, {@code status} is SKIPPED with the
     * {@code reason} and nothing else is set.
     *
     * @param status         COMPLETED or SKIPPED
     * @param reason         why the model skipped
     * @param proposalPasses share of draws in which the proposal passes as written
     * @param statusQuoHolds share of draws in which the status quo holds
     * @param compromise     share of the rest
     * @param outcome        the headline over the draws: the model's point, moved in each draw into what the rule
     *                       lets pass when the model ignores the rule
     * @param modelOutcome   the model's own point over the draws when it ignores the rule (a reference, never the
     *                       headline); null when the headline is the model's point
     * @param calibrated     the headline's calibrated predictive distribution (input uncertainty and the model's own
     *                       error learned on past cases); null without a calibration
     * @param calibratedBy   which past cases calibrated it, and which residuals were used
     * @param proposalIsStatusQuo true when the proposal as written is the status quo: passing it changes nothing, so
     *                       {@code proposalPasses} is null and {@code statusQuoHolds} answers both questions
     * @param setterPoint    the most proposer-favourable point every veto player (or the qualified majority) accepts
     * @param histogram      draws per bin of equal width over 0-100
     * @param pivotal        actors by the share of draws in which they bound the win-set, most often first
     * @param levers         per actor, what it could do alone to the proposal in the central scenario
     */
    public record Results(String status, String reason, Double proposalPasses, Double statusQuoHolds, Double compromise,
                          DistributionData outcome, DistributionData setterPoint, List<Integer> histogram,
                          List<PivotalData> pivotal, List<LeverData> levers, DistributionData modelOutcome,
                          DistributionData calibrated, String calibratedBy, Boolean proposalIsStatusQuo) {
        public static final String COMPLETED = "COMPLETED", SKIPPED = "SKIPPED";

        static Results of(MonteCarloResult result) {
            return switch (result) {
                case MonteCarloResult.Skipped s -> new Results(SKIPPED, s.reason(), null, null, null, null, null, null, null, null,
                        null, null, null, null);
                case MonteCarloResult.Completed c -> new Results(COMPLETED, null,
                        c.odds().filter(o -> o.proposalPasses().isPresent()).map(o -> o.proposalPasses().getAsDouble()).orElse(null),
                        c.odds().map(MonteCarloResult.RuleOdds::statusQuoHolds).orElse(null),
                        c.odds().map(MonteCarloResult.RuleOdds::compromise).orElse(null),
                        DistributionData.of(c.headline()), c.setterPoint().map(DistributionData::of).orElse(null),
                        c.histogram().counts(),
                        c.pivotal().stream().map(p -> new PivotalData(p.actor().value(), p.share())).toList(),
                        c.levers().stream().map(LeverData::of).toList(),
                        c.restricted() ? DistributionData.of(c.outcome()) : null,
                        c.calibrated().map(k -> DistributionData.of(k.band())).orElse(null),
                        c.calibrated().map(k -> k.source() + "; residuals: " + (k.stratum().equals("ALL") ? "all rules pooled" : k.stratum())
                                + ", " + k.residuals() + " cases").orElse(null),
                        c.odds().map(MonteCarloResult.RuleOdds::proposalIsStatusQuo).orElse(null));
            };
        }

        public boolean completed() { return COMPLETED.equals(status); }
    }

    /** Quantiles (type 7) and mean of a distribution over the draws. */
    public record DistributionData(double p5, double p25, double p50, double p75, double p95, double mean) {
        static DistributionData of(Distribution d) { return new DistributionData(d.p5(), d.p25(), d.p50(), d.p75(), d.p95(), d.mean()); }
    }

    /** @param share of the draws in which the actor bounds the win-set */
    public record PivotalData(String actor, double share) {}

    /**
     * What one actor could do, alone, to the fate of the proposal in the central scenario.
     *
     * @param kind        DECISIVE, NOT_DECISIVE_ALONE or NO_VOTE
     * @param effect      for DECISIVE: BLOCKS_PROPOSAL or LETS_PROPOSAL_PASS
     * @param switchPoint the midpoint of status quo and proposal, which the actor must move past
     * @param shift       the signed move from the actor's position to the switch point
     * @param reason      for NOT_DECISIVE_ALONE: why the switch is not enough
     */
    public record LeverData(String actor, String kind, String effect, Double switchPoint, Double shift, String reason) {
        static LeverData of(Lever l) {
            return switch (l) {
                case Lever.Decisive d -> new LeverData(d.actor().value(), "DECISIVE", d.effect().name(), d.switchPoint(), d.shift(), null);
                case Lever.NotDecisiveAlone n -> new LeverData(n.actor().value(), "NOT_DECISIVE_ALONE", null, n.switchPoint(), n.shift(), n.reason());
                case Lever.NoVote n -> new LeverData(n.actor().value(), "NO_VOTE", null, null, null, null);
            };
        }
    }
}
