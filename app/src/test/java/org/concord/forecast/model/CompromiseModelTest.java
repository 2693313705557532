package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.concord.forecast.model.Fixtures.point;

import java.util.List;

import org.junit.jupiter.api.Test;

class CompromiseModelTest {
    private final CompromiseModel model = new CompromiseModel();

    @Test
    void the_compromise_is_the_capability_times_salience_weighted_mean() {
        // By hand: weights 2*50=100 and 1*100=100, so (100*20 + 100*80) / 200 = 50.
        List<ActorInput> actors = List.of(ActorInput.voter("A", 20, 50, 2), ActorInput.voter("B", 80, 100, 1));
        assertThat(point(model.predict(ForecastIssue.of("t", "", ""), actors))).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void the_compromise_reproduces_ktab_soe_policy() {
        // KTAB SOE-Policy (reference/forecasting/ktab/SOE-Policy.csv): Influence, Position, Salience per actor.
        // Reference: 35.0 per the forecasting README (KTAB log); 35.00630119722747 recomputed independently with
        // NumPy as sum(inf*sal*pos)/sum(inf*sal). Tolerance 1e-9.
        double[][] rows = {{100, 30, 30}, {65, 45, 65}, {35, 30, 40}, {35, 45, 25}, {40, 50, 70}, {20, 15, 40}, {15, 20, 40},
                {25, 60, 70}, {20, 30, 30}, {35, 45, 50}, {20, 50, 70}, {20, 20, 70}, {15, 15, 75}, {50, 10, 80}, {40, 15, 80},
                {45, 15, 80}, {15, 60, 60}, {20, 40, 80}, {10, 45, 60}, {8, 100, 50}, {8, 90, 50}, {5, 90, 50}, {10, 90, 75},
                {10, 75, 75}, {15, 30, 50}, {15, 20, 50}};
        List<ActorInput> actors = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) actors.add(ActorInput.voter("a" + i, rows[i][1], rows[i][2], rows[i][0]));
        double x = point(model.predict(ForecastIssue.of("soe", "closed", "open"), actors));
        assertThat(x).isCloseTo(35.00630119722747, within(1e-9)).isCloseTo(35.0, within(0.05));
    }

    @Test
    void actors_without_a_vote_still_pull_the_compromise() {
        List<ActorInput> actors = List.of(Fixtures.voter("A", 0), Fixtures.voter("SG", 100).withVoteWeight(0));
        assertThat(point(model.predict(ForecastIssue.of("t", "", ""), actors))).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void the_compromise_needs_no_reference_point_but_is_skipped_when_nobody_cares() {
        List<ActorInput> actors = List.of(ActorInput.voter("A", 10, 0, 1), ActorInput.voter("B", 90, 0, 1));
        assertThat(model.predict(ForecastIssue.of("t", "", ""), actors)).isInstanceOf(ModelResult.Skipped.class);
    }
}
