package org.concord.forecast.model;

import java.util.List;
import java.util.Optional;

/**
 * Model (b), procedural: veto players with an agenda setter (Tsebelis, <i>Veto Players</i>, Princeton 2002; Romer
 * &amp; Rosenthal 1978 for the setter). The outcome is the point of the win-set of the status quo (see
 * {@link RuleGeometry}) nearest the setter's ideal: the setter offers the best proposal for itself that the rule lets
 * pass, and the voters accept anything they weakly prefer to the status quo.
 *
 * <p>The setter's ideal is the proposer's position; with no proposer, the tabled proposal; with neither (an open
 * agenda), the capability x salience weighted mean, i.e. the compromise the chair would seek, confined to what the
 * rule lets pass (the capability-weighted mean if every salience is 0). If the status quo is in the core, it is the outcome.
 *
 * <p>Assumptions: one dimension; preferences single-peaked and symmetric (distance); complete information; one
 * take-it-or-leave-it round; sincere voting; actors without a vote do not constrain. Needs a reference point.
 */
public final class WinSetModel implements OutcomeModel, ArrayModel {

    @Override public String name() { return "win-set"; }

    @Override public boolean obeysRule() { return true; }

    @Override
    public ModelResult predict(ForecastIssue issue, List<ActorInput> actors) {
        return ArrayModel.predict(name(), this, issue, actors);
    }

    @Override
    public Optional<String> refusal(Problem p) {
        return p.winSetRefusal();
    }

    @Override
    public double evaluate(Problem p, double[] pos, RuleGeometry g) {
        if (g.side == 0) return p.reference;
        double ideal = setterIdeal(p, pos);
        return Math.max(g.low, Math.min(g.high, ideal));
    }

    /** The point the agenda setter steers toward (see class comment). */
    static double setterIdeal(Problem p, double[] pos) {
        if (p.proposer >= 0) return pos[p.proposer];
        if (p.hasProposal) return p.proposal;
        return p.anySalience() ? p.compromise(pos) : p.capabilityMean(pos);
    }

    @Override
    public String rationale(Problem p, double[] pos, RuleGeometry g, double point) {
        WinSet w = p.winSet(g);
        if (g.side == 0)
            return "The status quo " + ArrayModel.fmt(p.reference) + " lies in the core; " + w.boundedBy()
                    + " block every move, so nothing passes.";
        String setter = p.proposer >= 0 ? "The setter " + p.ids[p.proposer] + " (ideal " + ArrayModel.fmt(pos[p.proposer]) + ")"
                : p.hasProposal ? "The proposal " + ArrayModel.fmt(p.proposal) : "An open agenda steered to the compromise "
                + ArrayModel.fmt(setterIdeal(p, pos));
        return setter + " lands on " + ArrayModel.fmt(point) + ", the nearest point of the win-set ["
                + ArrayModel.fmt(w.low()) + ", " + ArrayModel.fmt(w.high()) + "] bounded by " + w.boundedBy() + ".";
    }
}
