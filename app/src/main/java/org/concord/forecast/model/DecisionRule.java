package org.concord.forecast.model;

import java.util.OptionalDouble;

/**
 * How the voters of a forecast issue decide. Only actors with a vote weight above zero vote; the others bargain.
 *
 * <ul>
 *   <li>{@link #UNANIMITY}: every voter is a veto player, whatever its weight (NATO North Atlantic Council, OSCE,
 *       EU Council on CFSP). The default.</li>
 *   <li>{@link Qmv}: a change passes when its supporters hold at least {@code voteShare} of the total vote weight and,
 *       if a population threshold is given, at least {@code populationShare} of the voters' population (EU Council
 *       since 2014: 55 % of members and 65 % of population; the older weighted-vote regimes: about 0.71-0.74 of the
 *       weights, see {@code reference/forecasting/council}). The EU's member-count criterion and blocking-minority
 *       clause are not modelled.</li>
 *   <li>{@link #MAJORITY}: supporters hold strictly more than half of the vote weight.</li>
 * </ul>
 */
public sealed interface DecisionRule permits DecisionRule.Unanimity, DecisionRule.Qmv, DecisionRule.Majority {

    /** Every voter must accept. */
    DecisionRule UNANIMITY = new Unanimity();
    /** More than half of the vote weight must accept. */
    DecisionRule MAJORITY = new Majority();

    /** The rule's name as the validation CSV spells it: {@code UNANIMITY}, {@code QMV}, {@code MAJORITY}. */
    String code();

    static DecisionRule qmv(double voteShare) { return new Qmv(voteShare, OptionalDouble.empty()); }

    static DecisionRule qmv(double voteShare, double populationShare) { return new Qmv(voteShare, OptionalDouble.of(populationShare)); }

    /** Every voter is a veto player. */
    record Unanimity() implements DecisionRule {
        @Override public String code() { return "UNANIMITY"; }
    }

    /** More than half of the vote weight. */
    record Majority() implements DecisionRule {
        @Override public String code() { return "MAJORITY"; }
    }

    /**
     * Qualified majority.
     *
     * @param voteShare       share of the total vote weight a change needs, in (0.5, 1]
     * @param populationShare share of the voters' population a change needs, in (0.5, 1], or empty
     */
    record Qmv(double voteShare, OptionalDouble populationShare) implements DecisionRule {
        public Qmv {
            if (!(voteShare > 0.5 && voteShare <= 1))
                throw new IllegalArgumentException("QMV vote share must be in (0.5, 1], was " + voteShare);
            if (populationShare == null) throw new IllegalArgumentException("populationShare must not be null");
            populationShare.ifPresent(p -> {
                if (!(p > 0.5 && p <= 1))
                    throw new IllegalArgumentException("QMV population share must be in (0.5, 1], was " + p);
            });
        }

        @Override public String code() { return "QMV"; }
    }
}
