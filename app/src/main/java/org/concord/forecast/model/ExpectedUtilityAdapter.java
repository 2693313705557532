package org.concord.forecast.model;

import java.util.List;
import java.util.Optional;

/**
 * Model (d) behind {@link OutcomeModel}: Bueno de Mesquita's expected-utility ("challenge") model, as implemented by
 * {@link ExpectedUtilityModel} (Scholz, Calbert &amp; Smith 2011 formulation). The prediction is the
 * capability x salience weighted median of positions after the given number of rounds.
 *
 * <p>Mapping: each {@link ActorInput} becomes a {@link BdmActor} with its id as name, the same capability and position
 * (0-100 scale), and salience / 100 (BDM saliences are in [0, 1]). BDM uses neither the decision rule, the vote
 * weights, the reference point nor the proposer; it needs no reference point and never skips for lack of one.
 * Issues where every salience is 0 are skipped; issues where every actor stands at one position predict it
 * without running the rounds (BDM's utilities divide by the range of positions).
 */
public final class ExpectedUtilityAdapter implements OutcomeModel {
    private final int rounds;

    /** @param rounds challenge rounds, at least 0 */
    public ExpectedUtilityAdapter(int rounds) {
        if (rounds < 0) throw new IllegalArgumentException("rounds must be at least 0, was " + rounds);
        this.rounds = rounds;
    }

    @Override public String name() { return "expected-utility"; }

    @Override
    public ModelResult predict(ForecastIssue issue, List<ActorInput> actors) {
        Problem.compile(issue, actors);
        if (actors.stream().allMatch(a -> a.salience() == 0))
            return new ModelResult.Skipped(name(), "every actor has salience 0");
        double first = actors.getFirst().position();
        if (actors.stream().allMatch(a -> a.position() == first))
            return new ModelResult.Predicted(name(), first, Optional.empty(), "Every actor stands at " + ArrayModel.fmt(first) + ".");
        List<BdmActor> bdm = actors.stream()
                .map(a -> new BdmActor(a.id().value(), a.capability(), a.position(), a.salience() / 100)).toList();
        BdmTrajectory t = new ExpectedUtilityModel(rounds).run(bdm);
        return new ModelResult.Predicted(name(), Scale.clamp(t.finalMedian()), Optional.empty(),
                "Weighted median after " + rounds + " rounds of expected-utility challenges (start "
                        + ArrayModel.fmt(ExpectedUtilityModel.weightedMedian(bdm)) + ").");
    }

    /**
     * The Monte Carlo path: {@link #predict}'s point for the same actors at other positions, on primitive arrays with
     * one workspace for every draw, or empty where {@link #predict} would skip or refuse (every salience 0, no round,
     * an actor the model refuses), so that the caller falls back to it and gets the same answer.
     *
     * @param actors the issue's actors at their central positions, at least one
     */
    Optional<Draws> draws(List<ActorInput> actors) {
        if (rounds < 1 || actors.size() < 2 || actors.stream().allMatch(a -> a.salience() == 0)) return Optional.empty();
        int n = actors.size();
        double[] weight = new double[n], salience = new double[n];
        for (int i = 0; i < n; i++) {
            ActorInput a = actors.get(i);
            try {
                new BdmActor(a.id().value(), a.capability(), a.position(), a.salience() / 100);
            } catch (IllegalArgumentException refused) {
                return Optional.empty();
            }
            salience[i] = a.salience() / 100;
            weight[i] = a.capability() * salience[i];
        }
        return Optional.of(new Draws(new ExpectedUtilityModel(rounds), new BdmBargaining(n), weight, salience));
    }

    /** {@link #predict}'s point for one draw of positions; not thread-safe (one workspace). */
    static final class Draws {
        private final ExpectedUtilityModel model;
        private final BdmBargaining workspace;
        private final double[] weight, salience;

        private Draws(ExpectedUtilityModel model, BdmBargaining workspace, double[] weight, double[] salience) {
            this.model = model;
            this.workspace = workspace;
            this.weight = weight;
            this.salience = salience;
        }

        /** @param pos one position per actor, finite */
        double point(double[] pos) {
            double first = pos[0];
            boolean together = true;
            for (double x : pos) together &= x == first;
            if (together) return first;
            return Scale.clamp(model.finalMedian(workspace, pos, weight, salience));
        }
    }
}
