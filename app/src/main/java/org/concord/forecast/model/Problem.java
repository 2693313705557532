package org.concord.forecast.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An issue and its actors compiled to primitive arrays, so that the kernels run per Monte Carlo draw without boxing.
 * Immutable after construction; the per-draw positions live outside, in a {@code double[]} indexed like these arrays.
 */
final class Problem {
    /** Relative slack on vote thresholds, so that 0.74 of the weight reached by rounding still counts as 0.74. */
    private static final double SLACK = 1e-12;

    enum Kind { UNANIMITY, WEIGHTED }

    final int n;
    final ActorId[] ids;
    final double[] position, capability, capSal, voteWeight, population;
    final boolean hasReference, hasProposal;
    final double reference, proposal;
    final int proposer;
    final Kind kind;
    final int voterCount;
    final double voteNeed, popNeed;
    final boolean usesPopulation;
    private final boolean anySalience;
    private final Optional<String> ruleRefusal;

    private Problem(ForecastIssue issue, List<ActorInput> actors) {
        n = actors.size();
        if (n == 0) throw new IllegalArgumentException("issue " + issue.id() + " has no actors");
        ids = new ActorId[n];
        position = new double[n];
        capability = new double[n];
        capSal = new double[n];
        voteWeight = new double[n];
        population = new double[n];
        Set<ActorId> seen = new HashSet<>();
        boolean salient = false;
        int voters = 0, proposerAt = -1;
        double totalVote = 0, totalPop = 0;
        for (int i = 0; i < n; i++) {
            ActorInput a = actors.get(i);
            if (!seen.add(a.id())) throw new IllegalArgumentException("actor " + a.id() + " appears twice in issue " + issue.id());
            ids[i] = a.id();
            position[i] = a.position();
            capability[i] = a.capability();
            capSal[i] = a.capability() * a.salience();
            salient |= capSal[i] > 0;
            voteWeight[i] = a.voteWeight();
            population[i] = a.votes() ? a.population() : 0;
            if (a.votes()) { voters++; totalVote += a.voteWeight(); totalPop += population[i]; }
            if (issue.proposer().isPresent() && issue.proposer().get().equals(a.id())) proposerAt = i;
        }
        if (issue.proposer().isPresent() && proposerAt < 0)
            throw new IllegalArgumentException("proposer " + issue.proposer().get() + " is not among the actors of issue " + issue.id());
        proposer = proposerAt;
        anySalience = salient;
        voterCount = voters;
        hasReference = issue.referencePoint().isPresent();
        reference = issue.referencePoint().orElse(Double.NaN);
        hasProposal = issue.proposal().isPresent();
        proposal = issue.proposal().orElse(Double.NaN);
        String refusal = null;
        switch (issue.rule()) {
            case DecisionRule.Unanimity u -> { kind = Kind.UNANIMITY; voteNeed = totalVote; popNeed = 0; usesPopulation = false; }
            case DecisionRule.Majority m -> {
                kind = Kind.WEIGHTED; voteNeed = totalVote * 0.5 * (1 + SLACK); popNeed = 0; usesPopulation = false;
            }
            case DecisionRule.Qmv q -> {
                kind = Kind.WEIGHTED;
                voteNeed = totalVote * q.voteShare() * (1 - SLACK);
                usesPopulation = q.populationShare().isPresent();
                popNeed = totalPop * q.populationShare().orElse(0) * (1 - SLACK);
                if (usesPopulation && totalPop == 0)
                    refusal = "the QMV rule has a population threshold but no voter has a population figure";
            }
        }
        if (voters == 0) refusal = "no actor has a vote, so the decision rule cannot be applied";
        ruleRefusal = Optional.ofNullable(refusal);
    }

    /** @throws IllegalArgumentException if the actors are empty, repeat an id, or the proposer is not among them */
    static Problem compile(ForecastIssue issue, List<ActorInput> actors) { return new Problem(issue, actors); }

    /** Why the issue's decision rule cannot be applied (no voters, no population figures), if it cannot. */
    Optional<String> ruleRefusal() { return ruleRefusal; }

    /** Why a model that needs the status quo and the rule cannot run, if it cannot. */
    Optional<String> winSetRefusal() {
        if (!hasReference) return Optional.of("the issue has no reference point (status quo)");
        return ruleRefusal;
    }

    /** Whether a coalition with this vote weight, population and number of voters carries the rule. */
    boolean passes(double vote, double pop, int count) {
        if (kind == Kind.UNANIMITY) return count == voterCount;
        return vote >= voteNeed && (!usesPopulation || pop >= popNeed);
    }

    /** The weighted mean of positions by capability x salience, or NaN if every salience is zero. */
    double compromise(double[] pos) {
        double num = 0, den = 0;
        for (int i = 0; i < n; i++) {
            num += capSal[i] * pos[i];
            den += capSal[i];
        }
        return num / den;
    }

    boolean anySalience() { return anySalience; }

    /** The capability-weighted mean of positions, salience ignored. */
    double capabilityMean(double[] pos) {
        double num = 0, den = 0;
        for (int i = 0; i < n; i++) {
            num += capability[i] * pos[i];
            den += capability[i];
        }
        return num / den;
    }

    /** The public form of the win-set the geometry last computed. */
    WinSet winSet(RuleGeometry g) {
        List<ActorId> bounds = new ArrayList<>(2);
        if (g.boundA >= 0) bounds.add(ids[g.boundA]);
        if (g.boundB >= 0 && g.boundB != g.boundA) bounds.add(ids[g.boundB]);
        return new WinSet(reference, g.low, g.high, bounds);
    }
}
