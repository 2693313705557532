package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

class R7NonParticipationTest {
    private static final Effect LAUNCH = new Effect.LaunchMission(MissionId.of("nsatu"), "NATO Security Assistance and Training for Ukraine",
            "Coordinate security assistance and training", java.time.LocalDate.of(2024, 12, 1));

    @Test
    void R7_an_objection_lifted_on_terms_of_non_participation_unblocks_the_decision() {
        Scenario s = Scenario.nato(LAUNCH, Level.HEADS_OF_STATE_AND_GOVERNMENT).object("HUN");
        assertThat(s.adopt()).isInstanceOf(Decision.Refused.class);

        s.later(Duration.ofDays(1)).accept("HUN", new Position.NonParticipating("no personnel, no funds"));

        AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();
        assertThat(decision.exemptions()).containsExactly(
                new Exemption(Iso3.of("HUN"), ExemptionKind.NON_PARTICIPATION, "no personnel, no funds"));
        assertThat(decision.effect()).isEqualTo(LAUNCH);
    }

    @Test
    void R7_non_participation_is_a_distinct_position_with_its_terms_and_cites_R7() {
        Scenario s = Scenario.nato();

        s.accept("HUN", new Position.NonParticipating("no personnel, no funds"));

        assertThat(s.item.positionOf(Iso3.of("HUN")).kind()).isEqualTo(PositionKind.NON_PARTICIPATING);
        assertThat(s.events(ProcedureEvent.PositionRecorded.class)).singleElement()
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.R7_NON_PARTICIPATION));
    }
}
