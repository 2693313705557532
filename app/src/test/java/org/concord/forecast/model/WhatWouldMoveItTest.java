package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WhatWouldMoveItTest {

    @Test
    void the_lone_blocker_moving_ten_points_toward_the_proposal_moves_p_pass_most() {
        // Unanimity, status quo 100, proposal 0: an ally accepts the proposal iff its position is below the midpoint 50
        // (Tsebelis 2002, one dimension, by hand). A at 20, B at 30, C at 45 accept; D at 55 blocks, so P(pass) = 0.
        // D moved to 45 accepts and the proposal passes in every draw (+100 points); C moved to 55 or 35 changes
        // nothing (D still blocks); A and B neither.
        List<ActorInput> actors = List.of(ActorInput.voter("A", 20, 50, 1), ActorInput.voter("B", 30, 50, 1),
                ActorInput.voter("C", 45, 50, 1), ActorInput.voter("D", 55, 50, 1));
        ForecastIssue issue = ForecastIssue.of("q", "", "").withReferencePoint(100).withProposal(0);
        WhatWouldMoveIt.Table t = WhatWouldMoveIt.of(new WinSetModel(), MonteCarloRequest.of(issue, actors, Map.of(), 50, 1)).orElseThrow();
        assertThat(t.measure()).isEqualTo("P(proposal passes as written)");
        assertThat(t.probability()).isZero();
        WhatWouldMoveIt.Move first = t.moves().getFirst();
        assertThat(first.actor()).isEqualTo(ActorId.of("D"));
        assertThat(first.to()).isEqualTo(45.0);
        assertThat(first.change()).isCloseTo(1.0, within(1e-12));
        assertThat(t.moves().stream().skip(1).allMatch(m -> m.change() == 0)).isTrue();
    }

    @Test
    void when_the_proposal_is_the_status_quo_the_table_reads_p_status_quo() {
        List<ActorInput> actors = List.of(ActorInput.voter("A", 0, 50, 1), ActorInput.voter("B", 80, 50, 1));
        ForecastIssue issue = ForecastIssue.of("q", "", "").withReferencePoint(0).withProposal(0);
        WhatWouldMoveIt.Table t = WhatWouldMoveIt.of(new CompromiseModel(), MonteCarloRequest.of(issue, actors, Map.of(), 20, 1)).orElseThrow();
        assertThat(t.measure()).isEqualTo("P(status quo holds)");
        // A at the status quo vetoes every move: P = 1. A moved to 10 lets the outcome rise to at most 20: P = 0.
        assertThat(t.probability()).isEqualTo(1.0);
        assertThat(t.moves().getFirst().actor()).isEqualTo(ActorId.of("A"));
        assertThat(t.moves().getFirst().change()).isEqualTo(-1.0);
        assertThat(t.moves().getFirst().median()).as("the compromise 40 moved into the win-set [0, 20]").isEqualTo(20.0);
    }
}
