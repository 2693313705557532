package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.concord.forecast.model.Fixtures.voter;
import static org.concord.forecast.model.Fixtures.voters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MonteCarloForecastTest {

    private static MonteCarloResult.Completed completed(MonteCarloResult r) {
        if (r instanceof MonteCarloResult.Completed c) return c;
        throw new AssertionError("expected a completed forecast, got " + r);
    }

    @Test
    void the_same_request_gives_identical_numbers_and_records_what_it_ran() {
        List<ActorInput> actors = voters(20, 40, 70);
        MonteCarloRequest request = MonteCarloRequest.of(Fixtures.unanimity(90).withProposal(30), actors,
                Map.of(ActorId.of("A"), new PositionEstimate(20, 10, false), ActorId.of("C"), new PositionEstimate(70, 25, true)), 5_000, 42L);
        MonteCarloResult.Completed first = completed(new MonteCarloForecast(new NashBargainingModel()).run(request));
        MonteCarloResult.Completed again = completed(new MonteCarloForecast(new NashBargainingModel()).run(first.request()));
        assertThat(again).isEqualTo(first);
        assertThat(first.request().seed()).isEqualTo(42L);
        assertThat(first.model()).isEqualTo("nash-bargaining");
        assertThat(first.modelVersion()).isEqualTo("1");
        assertThat(first.engineVersion()).isEqualTo(MonteCarloForecast.ENGINE_VERSION);
        MonteCarloResult.Completed otherSeed = completed(new MonteCarloForecast(new NashBargainingModel())
                .run(new MonteCarloRequest(request.issue(), actors, request.estimates(), 5_000, 43L, 0.5)));
        assertThat(otherSeed.outcome()).isNotEqualTo(first.outcome());
    }

    @Test
    void with_exact_positions_every_draw_gives_the_single_forecast() {
        // Unanimity, SQ 10, A 30, B 50, C 80, setter C: the win-set is [10, 50] and the setter takes 50 (hand-computed
        // in WinSetModelTest), in every draw.
        MonteCarloRequest request = MonteCarloRequest.of(Fixtures.unanimity(10).withProposer(ActorId.of("C")).withProposal(80),
                voters(30, 50, 80), Map.of(), 1_000, 1L);
        MonteCarloResult.Completed r = completed(new MonteCarloForecast(new WinSetModel()).run(request));
        assertThat(r.outcome()).isEqualTo(new Distribution(50, 50, 50, 50, 50, 50));
        assertThat(r.histogram().counts().get(10)).isEqualTo(1_000);
        MonteCarloResult.RuleOdds odds = r.odds().orElseThrow();
        // The proposal 80 lies outside [10, 50]; the outcome 50 is far from SQ: a compromise every time.
        assertThat(odds.proposalPasses().getAsDouble()).isZero();
        assertThat(odds.compromise()).isEqualTo(1.0);
        assertThat(r.pivotal()).containsExactly(new MonteCarloResult.PivotalShare(ActorId.of("A"), 1.0));
        assertThat(r.setterPoint().orElseThrow().p50()).isEqualTo(50.0);
    }

    @Test
    void the_three_shares_sum_to_one_and_the_outcome_quantiles_are_ordered() {
        List<ActorInput> actors = voters(10, 35, 50, 65, 90);
        Map<ActorId, PositionEstimate> estimates = new java.util.HashMap<>();
        for (ActorInput a : actors) estimates.put(a.id(), new PositionEstimate(a.position(), 20, false));
        MonteCarloResult.Completed r = completed(new MonteCarloForecast(new CompromiseModel())
                .run(MonteCarloRequest.of(Fixtures.issue(DecisionRule.qmv(0.74), 5).withProposal(60), actors, estimates, 10_000, 7L)));
        MonteCarloResult.RuleOdds odds = r.odds().orElseThrow();
        assertThat(odds.proposalPasses().getAsDouble() + odds.statusQuoHolds() + odds.compromise()).isCloseTo(1.0, within(1e-12));
        assertThat(r.histogram().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
        // The compromise of five equally weighted actors drawn around a mean of 50 with sd 20 each has a mean near 50
        // and an sd near 20/sqrt(5) = 8.9 (less after truncation): the 5-95 band is roughly 50 +/- 15.
        assertThat(r.outcome().p50()).isCloseTo(50, within(1.0));
        assertThat(r.outcome().p95() - r.outcome().p5()).isBetween(20.0, 32.0);
    }

    @Test
    void progress_is_reported_up_to_the_number_of_draws() {
        List<Integer> seen = new ArrayList<>();
        new MonteCarloForecast(new CompromiseModel()).run(MonteCarloRequest.of(ForecastIssue.of("t", "", ""), voters(10, 90),
                Map.of(ActorId.of("A"), new PositionEstimate(10, 5, false)), 1_000, 3L), seen::add);
        assertThat(seen).hasSize(100).isSorted();
        assertThat(seen.getLast()).isEqualTo(1_000);
    }

    @Test
    void a_model_that_needs_a_reference_point_is_skipped_with_the_reason_and_without_drawing() {
        MonteCarloResult r = new MonteCarloForecast(new WinSetModel()).run(MonteCarloRequest.of(ForecastIssue.of("t", "", ""), voters(10, 90), Map.of(), 100, 1L));
        assertThat(r).isInstanceOfSatisfying(MonteCarloResult.Skipped.class, s -> assertThat(s.reason()).contains("reference point"));
    }

    @Test
    void a_model_without_an_array_kernel_runs_through_its_public_predict() {
        OutcomeModel median = new OutcomeModel() {
            @Override public String name() { return "median-of-three"; }

            @Override public ModelResult predict(ForecastIssue issue, List<ActorInput> actors) {
                double[] p = actors.stream().mapToDouble(ActorInput::position).sorted().toArray();
                return new ModelResult.Predicted(name(), p[1], java.util.Optional.empty(), "median");
            }
        };
        MonteCarloResult.Completed r = completed(new MonteCarloForecast(median).run(MonteCarloRequest.of(Fixtures.unanimity(0), voters(10, 50, 90),
                Map.of(ActorId.of("B"), new PositionEstimate(50, 5, false)), 2_000, 9L)));
        assertThat(r.outcome().p50()).isCloseTo(50, within(0.5));
        assertThat(r.odds()).isPresent();
    }

    @Test
    void levers_name_the_veto_player_whose_move_would_let_the_proposal_pass() {
        // Unanimity, SQ 100, proposal 0 (end the mission). USA at 0 accepts; DEU at 60 and HUN at 70 reject,
        // switch point 50. DEU alone is not enough (HUN still rejects); HUN alone neither. SG has no vote.
        List<ActorInput> actors = List.of(voter("USA", 0), voter("DEU", 60), voter("HUN", 70), voter("SG", 20).withVoteWeight(0));
        MonteCarloResult.Completed r = completed(new MonteCarloForecast(new WinSetModel())
                .run(MonteCarloRequest.of(Fixtures.unanimity(100).withProposal(0).withProposer(ActorId.of("USA")), actors, Map.of(), 10, 1L)));
        assertThat(r.levers()).containsExactly(
                new Lever.NotDecisiveAlone(ActorId.of("USA"), 50, 50, "it already accepts and the proposal fails anyway"),
                new Lever.NotDecisiveAlone(ActorId.of("DEU"), 50, -10, "1 other voter(s) would still reject"),
                new Lever.NotDecisiveAlone(ActorId.of("HUN"), 50, -20, "1 other voter(s) would still reject"),
                new Lever.NoVote(ActorId.of("SG")));
        List<ActorInput> oneHoldout = List.of(voter("USA", 0), voter("DEU", 45), voter("HUN", 60));
        MonteCarloResult.Completed r2 = completed(new MonteCarloForecast(new WinSetModel())
                .run(MonteCarloRequest.of(Fixtures.unanimity(100).withProposal(0), oneHoldout, Map.of(), 10, 1L)));
        assertThat(r2.levers()).contains(new Lever.Decisive(ActorId.of("HUN"), Lever.Effect.LETS_PROPOSAL_PASS, 50, -10));
    }
}
