package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.concord.forecast.model.Fixtures.issue;
import static org.concord.forecast.model.Fixtures.point;
import static org.concord.forecast.model.Fixtures.unanimity;
import static org.concord.forecast.model.Fixtures.voter;
import static org.concord.forecast.model.Fixtures.voters;
import static org.concord.forecast.model.Fixtures.winSet;

import java.util.List;

import org.junit.jupiter.api.Test;

class WinSetModelTest {
    private final WinSetModel model = new WinSetModel();

    // Unanimity, SQ = 10, veto players A 30, B 50, C 80. By hand the win-set is the intersection of
    // [30-20, 30+20] = [10, 50], [50-40, 50+40] = [10, 90] and [80-70, 80+70] = [10, 150]: [10, 50], bounded by A.
    private final List<ActorInput> three = voters(30, 50, 80);

    @Test
    void under_unanimity_the_win_set_is_bounded_by_the_veto_player_nearest_the_status_quo() {
        WinSet w = winSet(model.predict(unanimity(10).withProposer(ActorId.of("C")), three));
        assertThat(w.low()).isEqualTo(10.0);
        assertThat(w.high()).isEqualTo(50.0);
        assertThat(w.boundedBy()).containsExactly(ActorId.of("A"));
    }

    @Test
    void the_setter_picks_the_point_of_the_win_set_nearest_its_ideal() {
        assertThat(point(model.predict(unanimity(10).withProposer(ActorId.of("C")), three))).isEqualTo(50.0);
        assertThat(point(model.predict(unanimity(10).withProposer(ActorId.of("A")), three))).isEqualTo(30.0);
    }

    @Test
    void a_status_quo_inside_the_veto_players_range_cannot_be_moved() {
        ModelResult r = model.predict(unanimity(60).withProposer(ActorId.of("A")), three);
        assertThat(point(r)).isEqualTo(60.0);
        assertThat(winSet(r).isStatusQuoOnly()).isTrue();
        assertThat(winSet(r).boundedBy()).containsExactly(ActorId.of("A"), ActorId.of("C"));
    }

    @Test
    void an_actor_without_a_vote_does_not_constrain_the_win_set() {
        List<ActorInput> actors = List.of(voter("A", 30), voter("B", 50), voter("SG", 12).withVoteWeight(0));
        assertThat(winSet(model.predict(unanimity(10), actors)).high()).isEqualTo(50.0);
    }

    @Test
    void the_win_set_is_clipped_to_the_scale() {
        // SQ 10, sole veto player at 70: [10, 130] clipped to [10, 100].
        assertThat(winSet(model.predict(unanimity(10), voters(70))).high()).isEqualTo(100.0);
    }

    // QMV 0.74, voters at 10, 20, 30, 40, 50 with weights 1, 2, 3, 2, 2 (total 10, need 7.4). By hand, from the
    // bottom: 1, 3, 6, 8 >= 7.4 at 40, so the down pivot is D (40); from the top: 2, 4, 7, 9 >= 7.4 at 20, so the
    // up pivot is B (20). Core [20, 40]. SQ 60 gives the win-set [2*40-60, 60] = [20, 60].
    private static List<ActorInput> weighted() {
        double[] pos = {10, 20, 30, 40, 50}, w = {1, 2, 3, 2, 2};
        List<ActorInput> out = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) out.add(voter(String.valueOf((char) ('A' + i)), pos[i]).withVoteWeight(w[i]));
        return out;
    }

    @Test
    void under_qmv_the_pivot_found_by_cumulating_weights_bounds_the_win_set() {
        ModelResult r = model.predict(issue(DecisionRule.qmv(0.74), 60).withProposer(ActorId.of("A")), weighted());
        assertThat(winSet(r).low()).isEqualTo(20.0);
        assertThat(winSet(r).high()).isEqualTo(60.0);
        assertThat(winSet(r).boundedBy()).containsExactly(ActorId.of("D"));
        assertThat(point(r)).isEqualTo(20.0);
    }

    @Test
    void under_qmv_a_status_quo_in_the_core_holds() {
        ModelResult r = model.predict(issue(DecisionRule.qmv(0.74), 25), weighted());
        assertThat(winSet(r).isStatusQuoOnly()).isTrue();
        assertThat(winSet(r).boundedBy()).containsExactly(ActorId.of("B"), ActorId.of("D"));
    }

    @Test
    void under_majority_the_core_shrinks_to_the_weighted_median() {
        // Need > 5: from the bottom 1, 3, 6 at 30; from the top 2, 4, 7 at 30. Core {30}; SQ 60 -> [0, 60].
        ModelResult r = model.predict(issue(DecisionRule.MAJORITY, 60).withProposer(ActorId.of("A")), weighted());
        assertThat(winSet(r).low()).isEqualTo(0.0);
        assertThat(winSet(r).boundedBy()).containsExactly(ActorId.of("C"));
        assertThat(point(r)).isEqualTo(10.0);
    }

    @Test
    void a_population_threshold_binds_when_it_needs_a_larger_coalition() {
        // Votes 1 each (need 0.6*4 = 2.4, i.e. 3 of 4); populations 70, 10, 10, 10 (need 0.65*100 = 65).
        // Down moves from SQ 90: votes alone: B, C, D reach 3 -> pivot D (30); population from the bottom reaches 65 only
        // with A (at 40): pivot A. The more demanding pivot (40) binds: win-set [2*40-90, 90] = [-10 -> 0, 90].
        List<ActorInput> actors = List.of(voter("B", 10).withPopulation(10), voter("C", 20).withPopulation(10),
                voter("D", 30).withPopulation(10), voter("A", 40).withPopulation(70));
        WinSet w = winSet(model.predict(issue(DecisionRule.qmv(0.6, 0.65), 90), actors));
        assertThat(w.low()).isEqualTo(0.0);
        assertThat(w.boundedBy()).containsExactly(ActorId.of("A"));
        WinSet votesOnly = winSet(model.predict(issue(DecisionRule.qmv(0.6), 90), actors));
        assertThat(votesOnly.boundedBy()).containsExactly(ActorId.of("D"));
    }

    @Test
    void without_a_proposer_the_tabled_proposal_steers_and_without_either_the_compromise_does() {
        assertThat(point(model.predict(unanimity(10).withProposal(35), three))).isEqualTo(35.0);
        // Compromise of 30, 50, 80 with equal weights is 53.33..., clipped to the win-set [10, 50].
        assertThat(point(model.predict(unanimity(10), three))).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void the_model_is_skipped_without_a_reference_point_and_says_why() {
        ModelResult r = model.predict(ForecastIssue.of("t", "", ""), three);
        assertThat(r).isInstanceOfSatisfying(ModelResult.Skipped.class, s -> assertThat(s.reason()).contains("reference point"));
    }

    @Test
    void the_model_is_skipped_when_nobody_votes() {
        List<ActorInput> actors = List.of(voter("A", 30).withVoteWeight(0));
        assertThat(model.predict(unanimity(10), actors)).isInstanceOfSatisfying(ModelResult.Skipped.class,
                s -> assertThat(s.reason()).contains("no actor has a vote"));
    }

    @Test
    void a_proposer_who_is_not_an_actor_is_a_broken_input() {
        assertThatThrownBy(() -> model.predict(unanimity(10).withProposer(ActorId.of("ZZ")), three))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZZ");
    }
}
