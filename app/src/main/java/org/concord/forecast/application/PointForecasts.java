package org.concord.forecast.application;

import java.util.List;

/**
 * Forecasts of several points of one issue's scale, each as if it were the proposal (nothing stored): how likely it
 * passes and who is forecast to reject it. One model, seed and set of draws for all, so they compare.
 *
 * @param issue          the issue's id
 * @param classification the marking: the issue's and every stance read, at least
 * @param asOf           the day the stances were weighed at (YYYY-MM-DD)
 * @param model          the model the odds come from
 * @param runs           draws per point
 * @param seed           seed of the draws
 * @param statusQuo      what holds if nothing passes
 * @param proposer       the proposing member, or CHAIR
 * @param proposerIdeal  where the proposer stands: its estimated position when a member proposes, else the proposal
 * @param setterPoint    median of the most proposer-favourable point every veto player accepts, or null without a win-set
 * @param points         one forecast per point asked, in the order asked
 */
public record PointForecasts(String issue, String classification, String asOf, String model, int runs, long seed, double statusQuo,
                             String proposer, double proposerIdeal, Double setterPoint, List<Point> points) {
    /** The measure of a point other than the status quo: how often the rule lets it pass, as the proposal. */
    static final String PASSES = "P(passes)";
    /** The measure of the status quo: how often none of the other points asked about passes, so that it stays. */
    static final String STAYS = "P(status quo stays)";
    /** Every actor is forecast to accept a point when it passes in at least half of the draws. */
    static final double ACCEPTED = 0.5;

    /**
     * @param point       the point on the scale
     * @param measure     what {@code probability} is: {@link #PASSES}, or {@link #STAYS} for the status quo itself
     * @param probability in [0, 1]
     * @param rejecting   the actors that reject the point in some draw, most often first
     * @param acceptedByAll whether every actor is forecast to accept it: it passes in at least half the draws; the
     *                      status quo always (it needs no one's consent)
     */
    public record Point(double point, String measure, double probability, List<Rejecting> rejecting, boolean acceptedByAll) {
        /** The actors forecast to reject: under unanimity, who blocks. */
        public List<String> blockers() { return rejecting.stream().filter(Rejecting::likely).map(Rejecting::actor).toList(); }
    }

    /**
     * @param actor  the member's code
     * @param share  share of the draws in which it prefers the status quo to the point
     * @param likely whether that share is at least one half
     */
    public record Rejecting(String actor, double share, boolean likely) {}
}
