package org.concord.forecast.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Computes the {@link Lever} of each actor over the proposal as written, in one pass plus one per actor. */
final class Levers {
    private Levers() {}

    /** Empty when the issue has no reference point, no proposal, a proposal equal to the status quo, or no usable rule. */
    static List<Lever> of(Problem p, double[] pos) {
        if (p.winSetRefusal().isPresent() || !p.hasProposal || p.proposal == p.reference) return List.of();
        double mid = 0.5 * (p.reference + p.proposal);
        double dir = Math.signum(p.proposal - p.reference);
        double vote = 0, pop = 0;
        int count = 0;
        for (int i = 0; i < p.n; i++) {
            if (p.voteWeight[i] > 0 && accepts(pos[i], mid, dir)) {
                vote += p.voteWeight[i];
                pop += p.population[i];
                count++;
            }
        }
        boolean passes = p.passes(vote, pop, count);
        List<Lever> out = new ArrayList<>(p.n);
        for (int i = 0; i < p.n; i++) {
            if (p.voteWeight[i] <= 0) {
                out.add(new Lever.NoVote(p.ids[i]));
                continue;
            }
            double shift = mid - pos[i];
            boolean accepts = accepts(pos[i], mid, dir);
            if (passes && accepts) {
                if (!p.passes(vote - p.voteWeight[i], pop - p.population[i], count - 1))
                    out.add(new Lever.Decisive(p.ids[i], Lever.Effect.BLOCKS_PROPOSAL, mid, shift));
                else out.add(new Lever.NotDecisiveAlone(p.ids[i], mid, shift, "the proposal would still pass without it"));
            } else if (passes) {
                out.add(new Lever.NotDecisiveAlone(p.ids[i], mid, shift, "it already rejects and the proposal passes without it"));
            } else if (!accepts) {
                if (p.passes(vote + p.voteWeight[i], pop + p.population[i], count + 1))
                    out.add(new Lever.Decisive(p.ids[i], Lever.Effect.LETS_PROPOSAL_PASS, mid, shift));
                else out.add(new Lever.NotDecisiveAlone(p.ids[i], mid, shift, shortfall(p, vote + p.voteWeight[i], count + 1)));
            } else {
                out.add(new Lever.NotDecisiveAlone(p.ids[i], mid, shift, "it already accepts and the proposal fails anyway"));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether a voter at {@code position} weakly prefers the proposal: at or beyond the midpoint, within the 1e-9 that
     * {@link WinSet#contains} allows, so that a voter whose position rounds to just short of a computed midpoint counts
     * as indifferent (accepting) here as it does in the win-set.
     */
    private static boolean accepts(double position, double mid, double dir) { return dir * (position - mid) >= -1e-9; }

    private static String shortfall(Problem p, double vote, int count) {
        if (p.kind == Problem.Kind.UNANIMITY)
            return (p.voterCount - count) + " other voter(s) would still reject";
        return String.format(Locale.ROOT, "its switch would bring the acceptors to %.1f of %.1f vote weight, short of the rule",
                vote, p.voteNeed);
    }
}
