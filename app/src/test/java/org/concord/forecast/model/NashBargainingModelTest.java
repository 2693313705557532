package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.concord.forecast.model.Fixtures.issue;
import static org.concord.forecast.model.Fixtures.point;
import static org.concord.forecast.model.Fixtures.unanimity;
import static org.concord.forecast.model.Fixtures.voter;

import java.util.List;

import org.junit.jupiter.api.Test;

class NashBargainingModelTest {
    private final NashBargainingModel model = new NashBargainingModel();

    @Test
    void an_equal_power_pair_settles_at_the_pivot() {
        // SQ 0; A 20, B 60, capability 1 each; win-set [0, 40]. On [20, 40]: f = log(40 - x) + log x, whose
        // derivative -1/(40-x) + 1/x is 0 at x = 20: the optimum is the pivot's ideal, 20.
        assertThat(point(model.predict(unanimity(0), List.of(voter("A", 20, 1), voter("B", 60, 1))))).isCloseTo(20.0, within(1e-8));
    }

    @Test
    void a_stronger_partner_pulls_the_bargain_past_the_pivot() {
        // As above with B's capability 3: -1/(40-x) + 3/x = 0 gives x = 30.
        assertThat(point(model.predict(unanimity(0), List.of(voter("A", 20, 1), voter("B", 60, 3))))).isCloseTo(30.0, within(1e-8));
    }

    @Test
    void three_veto_players_settle_at_the_root_of_the_first_order_condition() {
        // SQ 0; A 20 (c 1), B 60 (c 5), C 30 (c 1); win-set [0, 40]. On [30, 40] the condition
        // -1/(40-x) - 1/(60-x) + 5/x = 0 is 7x^2 - 600x + 12000 = 0, root x = (600 - sqrt(24000)) / 14
        // = 31.791476153693..., confirmed with SciPy brentq and minimize_scalar. Tolerance 1e-8.
        List<ActorInput> actors = List.of(voter("A", 20, 1), voter("B", 60, 5), voter("C", 30, 1));
        assertThat(point(model.predict(unanimity(0), actors))).isCloseTo((600 - Math.sqrt(24000)) / 14, within(1e-8));
    }

    @Test
    void under_qmv_only_the_coalition_beyond_the_pivot_bargains() {
        // QMV 0.74, SQ 60, voters 10 (w 1, c 5), 20 (w 2), 30 (w 3), 40 (w 2), 50 (w 2), capability 1 unless said.
        // Down pivot 40, win-set [20, 60]; bargainers at 10, 20, 30, 40 (50 loses from any move). With d = 60 - x the
        // condition on d in [30, 40] is 6/d - 1/(40-d) - 1/(60-d) = 0, i.e. 8d^2 - 700d + 14400 = 0,
        // d = (700 - sqrt(29200)) / 16, x = 60 - d = 26.930004... (SciPy minimize_scalar: 26.93000420).
        double[] pos = {10, 20, 30, 40, 50}, w = {1, 2, 3, 2, 2}, c = {5, 1, 1, 1, 1};
        List<ActorInput> actors = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) actors.add(voter("v" + i, pos[i], c[i]).withVoteWeight(w[i]));
        double expected = 60 - (700 - Math.sqrt(29200)) / 16;
        assertThat(point(model.predict(issue(DecisionRule.qmv(0.74), 60), actors))).isCloseTo(expected, within(1e-8));
    }

    @Test
    void when_the_status_quo_is_in_the_core_the_bargain_is_the_status_quo() {
        assertThat(point(model.predict(unanimity(40), List.of(voter("A", 20), voter("B", 60))))).isEqualTo(40.0);
    }

    @Test
    void the_model_is_skipped_without_a_reference_point() {
        assertThat(model.predict(ForecastIssue.of("t", "", ""), List.of(voter("A", 20)))).isInstanceOf(ModelResult.Skipped.class);
    }
}
