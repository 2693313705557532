package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The optimised round ({@link BdmBargaining}: positions grouped, offers decided without powers where the sign is
 * clear, the Monte Carlo path on one workspace) against the straightforward round it replaced
 * ({@link ReferenceBdmBargaining}, the per-actor round kept verbatim as the reference), and the Monte Carlo fast path
 * against {@link ExpectedUtilityAdapter#predict} draw by draw.
 */
class ExpectedUtilityEquivalenceTest {

    private static final long SEED = 20_151_203L;

    @Property(seed = "" + SEED, tries = 400)
    void the_grouped_round_moves_every_actor_where_the_per_actor_round_does(
            @ForAll("issues") List<BdmActor> actors) {
        int n = actors.size();
        double[] x = new double[n];
        double[] w = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = actors.get(i).position();
            s[i] = actors.get(i).salience();
            w[i] = actors.get(i).capability() * s[i];
        }
        double range = max(x) - min(x);
        if (!(range > 0)) {
            return;
        }
        BdmBargaining fast = new BdmBargaining(x, w, s, range);
        ReferenceBdmBargaining reference = new ReferenceBdmBargaining(x, w, s, range);
        for (int round = 1; round <= 10; round++) {
            fast.playRound();
            reference.playRound();
            for (int i = 0; i < n; i++) {
                assertThat(fast.positions()[i]).as("actor %d after round %d", i, round)
                        .isCloseTo(reference.positions()[i], within(1e-9 * range));
            }
            assertThat(fast.median()).as("median after round %d", round)
                    .isCloseTo(reference.median(), within(1e-9 * range));
        }
    }

    @Property(seed = "" + SEED, tries = 100)
    void a_reused_workspace_gives_each_run_the_median_a_fresh_run_gives(@ForAll("issues") List<BdmActor> first,
            @ForAll("issues") List<BdmActor> second) {
        ExpectedUtilityModel model = new ExpectedUtilityModel(10);
        BdmBargaining workspace = new BdmBargaining(first.size());
        for (List<BdmActor> actors : List.of(first, first)) {
            assertThat(model.finalMedian(workspace, positions(actors), weights(actors), saliences(actors)))
                    .isEqualTo(model.run(actors).finalMedian());
        }
        BdmBargaining other = new BdmBargaining(second.size());
        assertThat(model.finalMedian(other, positions(second), weights(second), saliences(second)))
                .isEqualTo(model.run(second).finalMedian());
    }

    @Test
    void monte_carlo_draws_of_model_d_give_exactly_the_points_predict_gives_for_each_draw() {
        SplittableRandom random = new SplittableRandom(7);
        List<ActorInput> actors = new ArrayList<>();
        Map<ActorId, PositionEstimate> estimates = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            ActorInput a = new ActorInput(ActorId.of("a" + i), 60 * random.nextDouble(), 100 * random.nextDouble(),
                    1 + 99 * random.nextDouble(), 1, 0);
            actors.add(a);
            estimates.put(a.id(), new PositionEstimate(a.position(), 10, false));
        }
        ForecastIssue issue = ForecastIssue.of("eu-draws", "", "");
        MonteCarloRequest request = MonteCarloRequest.of(issue, actors, estimates, 60, 42L);
        ExpectedUtilityAdapter adapter = new ExpectedUtilityAdapter(10);

        MonteCarloResult.Completed result = (MonteCarloResult.Completed) new MonteCarloForecast(adapter).run(request);

        // The same draws, each through predict with a list of actors, as the Monte Carlo ran model (d) before.
        SplittableRandom draws = new SplittableRandom(42L);
        double[] points = new double[60];
        for (int d = 0; d < 60; d++) {
            List<ActorInput> drawn = new ArrayList<>();
            for (ActorInput a : actors) {
                drawn.add(a.withPosition(MonteCarloForecast.draw(draws, a.position(), 10)));
            }
            points[d] = ((ModelResult.Predicted) adapter.predict(issue, drawn)).point();
        }
        assertThat(result.outcome()).isEqualTo(Distribution.of(points, 60));
    }

    @Provide
    Arbitrary<List<BdmActor>> issues() {
        Arbitrary<Double> capability = Arbitraries.doubles().between(0.01, 100);
        // Small integers put actors on shared positions from the start, as rounds do later.
        Arbitrary<Double> position = Arbitraries.oneOf(Arbitraries.doubles().between(0, 100),
                Arbitraries.integers().between(0, 6).map(Integer::doubleValue));
        Arbitrary<Double> salience = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
                Arbitraries.of(0.0, 0.25, 0.5, 1.0));
        return Combinators.combine(capability, position, salience)
                .as((c, x, s) -> new BdmActor("actor", c, x, s))
                .list().ofMinSize(2).ofMaxSize(40);
    }

    private static double[] positions(List<BdmActor> actors) {
        return actors.stream().mapToDouble(BdmActor::position).toArray();
    }

    private static double[] saliences(List<BdmActor> actors) {
        return actors.stream().mapToDouble(BdmActor::salience).toArray();
    }

    private static double[] weights(List<BdmActor> actors) {
        return actors.stream().mapToDouble(a -> a.capability() * a.salience()).toArray();
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }
}
