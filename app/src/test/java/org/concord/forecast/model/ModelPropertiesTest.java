package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.concord.forecast.model.Fixtures.point;
import static org.concord.forecast.model.Fixtures.winSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ModelPropertiesTest {

    @Provide
    Arbitrary<List<ActorInput>> actors() {
        Arbitrary<Double> pos = Arbitraries.doubles().between(0, 100).ofScale(2);
        Arbitrary<Double> weight = Arbitraries.of(0.0, 1.0, 2.0, 3.5, 10.0);
        Arbitrary<Double> cap = Arbitraries.doubles().between(0.1, 100).ofScale(2);
        Arbitrary<Double> pop = Arbitraries.doubles().between(0, 80).ofScale(1);
        Arbitrary<ActorInput> actor = Combinators.combine(pos, weight, cap, pop, Arbitraries.doubles().between(0, 100).ofScale(0))
                .as((p, w, c, pp, s) -> new ActorInput(ActorId.of("x"), p, s, c, w, pp));
        return actor.list().ofMinSize(1).ofMaxSize(12).map(list -> {
            List<ActorInput> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ActorInput a = list.get(i);
                out.add(new ActorInput(ActorId.of("a" + i), a.position(), a.salience(), a.capability(), i == 0 ? Math.max(1, a.voteWeight()) : a.voteWeight(), a.population() + 1));
            }
            return out;
        });
    }

    @Provide
    Arbitrary<DecisionRule> rules() {
        return Arbitraries.of(DecisionRule.UNANIMITY, DecisionRule.MAJORITY, DecisionRule.qmv(0.74), DecisionRule.qmv(0.55, 0.65), DecisionRule.qmv(1.0));
    }

    private static ForecastIssue issue(DecisionRule rule, double sq, int proposer) {
        return Fixtures.issue(rule, sq).withProposer(ActorId.of("a" + proposer));
    }

    @Property
    void the_win_set_contains_the_status_quo(@ForAll("actors") List<ActorInput> actors, @ForAll("rules") DecisionRule rule,
                                             @ForAll @DoubleRange(min = 0, max = 100) double sq) {
        WinSet w = winSet(new WinSetModel().predict(Fixtures.issue(rule, sq), actors));
        assertThat(w.contains(sq)).isTrue();
    }

    @Property
    void the_setter_point_and_the_nash_bargain_lie_in_the_win_set(@ForAll("actors") List<ActorInput> actors, @ForAll("rules") DecisionRule rule,
                                                                   @ForAll @DoubleRange(min = 0, max = 100) double sq, @ForAll @IntRange(max = 11) int setter) {
        ForecastIssue issue = issue(rule, sq, setter % actors.size());
        WinSet w = winSet(new WinSetModel().predict(issue, actors));
        assertThat(w.contains(point(new WinSetModel().predict(issue, actors)))).isTrue();
        assertThat(w.contains(point(new NashBargainingModel().predict(issue, actors)))).isTrue();
    }

    @Property
    void under_unanimity_a_status_quo_between_the_veto_players_is_the_outcome(@ForAll("actors") List<ActorInput> actors,
                                                                                @ForAll @DoubleRange(min = 0, max = 1) double where) {
        double min = actors.stream().filter(ActorInput::votes).mapToDouble(ActorInput::position).min().orElseThrow();
        double max = actors.stream().filter(ActorInput::votes).mapToDouble(ActorInput::position).max().orElseThrow();
        double sq = Math.min(max, min + where * (max - min)); // rounding must not push it past the last veto player
        ForecastIssue issue = issue(DecisionRule.UNANIMITY, sq, 0);
        assertThat(point(new WinSetModel().predict(issue, actors))).isEqualTo(sq);
        assertThat(point(new NashBargainingModel().predict(issue, actors))).isEqualTo(sq);
    }

    @Property
    void the_compromise_lies_within_the_range_of_positions(@ForAll("actors") List<ActorInput> actors) {
        ModelResult r = new CompromiseModel().predict(ForecastIssue.of("t", "", ""), actors);
        if (r instanceof ModelResult.Skipped) return;
        double min = actors.stream().mapToDouble(ActorInput::position).min().orElseThrow();
        double max = actors.stream().mapToDouble(ActorInput::position).max().orElseThrow();
        assertThat(point(r)).isBetween(min - 1e-9, max + 1e-9);
    }

    @Property
    void a_point_passes_exactly_when_it_lies_in_the_win_set(@ForAll("actors") List<ActorInput> actors, @ForAll("rules") DecisionRule rule,
                                                             @ForAll @DoubleRange(min = 0, max = 100) double sq,
                                                             @ForAll @DoubleRange(min = 0, max = 100) double x) {
        // Brute force, independent of the quickselect: sum the weights of the voters who weakly prefer x to sq.
        WinSet w = winSet(new WinSetModel().predict(Fixtures.issue(rule, sq), actors));
        double vote = 0, pop = 0, totalVote = 0, totalPop = 0;
        int count = 0, voters = 0;
        for (ActorInput a : actors) {
            if (!a.votes()) continue;
            voters++;
            totalVote += a.voteWeight();
            totalPop += a.population();
            if (Math.abs(x - a.position()) <= Math.abs(sq - a.position())) { vote += a.voteWeight(); pop += a.population(); count++; }
        }
        boolean passes = switch (rule) {
            case DecisionRule.Unanimity u -> count == voters;
            case DecisionRule.Majority m -> vote > totalVote / 2;
            case DecisionRule.Qmv q -> vote >= q.voteShare() * totalVote - 1e-9 && pop >= q.populationShare().orElse(0) * totalPop - 1e-9;
        };
        // Away from the ends (where rounding decides), membership and passing agree.
        if (x > w.low() + 1e-6 && x < w.high() - 1e-6) assertThat(passes).as("inside %s", w).isTrue();
        if (x < w.low() - 1e-6 || x > w.high() + 1e-6) assertThat(passes).as("outside %s", w).isFalse();
    }

    @Property
    void the_nash_bargain_is_at_least_as_good_as_the_best_point_of_a_dense_grid(@ForAll("actors") List<ActorInput> actors,
                                                                                 @ForAll @DoubleRange(min = 0, max = 100) double sq) {
        ForecastIssue issue = Fixtures.issue(DecisionRule.UNANIMITY, sq);
        WinSet w = winSet(new WinSetModel().predict(issue, actors));
        if (w.isStatusQuoOnly()) return;
        double pivot = actors.stream().filter(a -> a.id().equals(w.boundedBy().getFirst())).findFirst().orElseThrow().position();
        List<ActorInput> bargainers = actors.stream()
                .filter(a -> Math.abs(a.position() - sq) >= Math.abs(pivot - sq) && Math.signum(a.position() - sq) == Math.signum(pivot - sq)).toList();
        double nash = point(new NashBargainingModel().predict(issue, actors));
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < 20_000; k++) best = Math.max(best, nashObjective(bargainers, sq, w.low() + (w.high() - w.low()) * k / 20_000.0));
        assertThat(nashObjective(bargainers, sq, nash)).isGreaterThanOrEqualTo(best - 1e-7);
    }

    private static double nashObjective(List<ActorInput> bargainers, double sq, double x) {
        double f = 0;
        for (ActorInput a : bargainers) f += a.capability() * Math.log(Math.abs(sq - a.position()) - Math.abs(x - a.position()));
        return f;
    }

    @Property(tries = 30)
    void a_monte_carlo_forecast_is_reproducible_for_a_fixed_seed(@ForAll("actors") List<ActorInput> actors, @ForAll("rules") DecisionRule rule,
                                                                 @ForAll @DoubleRange(min = 0, max = 100) double sq, @ForAll long seed) {
        Map<ActorId, PositionEstimate> estimates = new java.util.HashMap<>();
        for (ActorInput a : actors) estimates.put(a.id(), new PositionEstimate(a.position(), 15, false));
        MonteCarloRequest request = MonteCarloRequest.of(issue(rule, sq, 0).withProposal(50), actors, estimates, 500, seed);
        for (OutcomeModel m : ForecastModels.standard())
            assertThat(new MonteCarloForecast(m).run(request)).isEqualTo(new MonteCarloForecast(m).run(request));
    }

    @Property
    void a_decisive_actor_moving_past_its_switch_point_flips_the_proposal(@ForAll("actors") List<ActorInput> actors, @ForAll("rules") DecisionRule rule,
                                                                            @ForAll @DoubleRange(min = 0, max = 100) double sq,
                                                                            @ForAll @DoubleRange(min = 0, max = 100) double proposal) {
        ForecastIssue issue = Fixtures.issue(rule, sq).withProposal(proposal);
        Problem p = Problem.compile(issue, actors);
        boolean before = winSet(new WinSetModel().predict(issue, actors)).contains(proposal);
        for (Lever lever : Levers.of(p, p.position)) {
            if (!(lever instanceof Lever.Decisive d) || Math.abs(d.shift()) < 1e-6) continue;
            double target = Scale.clamp(d.switchPoint() + Math.signum(d.shift()) * 1e-3);
            List<ActorInput> moved = actors.stream().map(a -> a.id().equals(d.actor()) ? a.withPosition(target) : a).toList();
            boolean after = winSet(new WinSetModel().predict(issue, moved)).contains(proposal);
            assertThat(after).as("%s moving to %s", d, target).isNotEqualTo(before);
            assertThat(d.effect()).isEqualTo(before ? Lever.Effect.BLOCKS_PROPOSAL : Lever.Effect.LETS_PROPOSAL_PASS);
        }
    }

    @Property
    void each_draw_stays_on_the_scale(@ForAll @DoubleRange(min = 0, max = 100) double mean, @ForAll @DoubleRange(min = 0, max = 60) double sd,
                                      @ForAll long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        for (int i = 0; i < 100; i++) assertThat(MonteCarloForecast.draw(rng, mean, sd)).isBetween(0.0, 100.0);
    }
}
