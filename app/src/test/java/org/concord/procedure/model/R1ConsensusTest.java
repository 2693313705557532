package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.junit.jupiter.api.Test;

class R1ConsensusTest {

    @Test
    void R1_thirty_one_supports_and_one_objection_do_not_adopt_and_lifting_the_objection_adopts() {
        Scenario s = Scenario.nato();
        Nato32.CODES.stream().filter(c -> !c.equals("HUN")).forEach(c -> s.accept(c, new Position.Support()));
        s.object("HUN");
        assertThat(s.item.requiredSetAt(s.membership, s.now)).hasSize(32);

        Refused refused = (Refused) s.adopt();
        assertThat(refused.rule()).isEqualTo(Rule.R1_NO_STANDING_OBJECTION);
        assertThat(refused.reason()).contains("HUN");
        assertThat(s.item.status()).isEqualTo(ItemStatus.OPEN);

        s.later(Duration.ofDays(1)).accept("HUN", new Position.Support());
        Accepted adopted = (Accepted) s.adopt();
        assertThat(s.item.status()).isEqualTo(ItemStatus.ADOPTED);
        assertThat(adopted.adopted()).hasValueSatisfying(d -> {
            assertThat(d.basis()).isEqualTo(Rule.R1_NO_STANDING_OBJECTION);
            assertThat(d.requiredSet()).hasSize(32);
            assertThat(d.adoptedAt()).isEqualTo(s.now);
        });
    }

    @Test
    void R1_a_single_standing_objection_blocks_adoption() {
        Scenario s = Scenario.nato().object("TUR");

        Refused refused = s.refuse((i, t) -> i.adopt(Scenario.CHAIR, s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R1_NO_STANDING_OBJECTION);
        assertThat(refused.reason()).contains("TUR").contains("AMBASSADORS");
        assertThat(s.item.consensusAt(s.membership, s.now)).isInstanceOfSatisfying(Consensus.NotReached.class,
                no -> assertThat(no.members()).containsExactly(Scenario.iso("TUR")));
    }

    @Test
    void R1_no_yes_is_needed_members_that_said_nothing_count_as_non_objection() {
        Scenario s = Scenario.nato();

        assertThat(s.adopt()).isInstanceOf(Accepted.class);
        assertThat(s.item.status()).isEqualTo(ItemStatus.ADOPTED);
    }

    @Test
    void R1_support_silence_and_non_participation_all_count_as_non_objection() {
        Scenario s = Scenario.nato().support("USA");
        s.accept("FRA", new Position.Silent());
        s.accept("HUN", new Position.NonParticipating("no personnel, no funds"));
        s.accept("ESP", new Position.SupportWithStatement(Footnote.onWholeDecision("Spain interprets ...")));

        assertThat(s.item.consensusAt(s.membership, s.now)).isInstanceOf(Consensus.Reached.class);
        assertThat(s.adopt()).isInstanceOf(Accepted.class);
    }

    @Test
    void R1_a_pending_reservation_blocks_until_it_is_lifted() {
        Scenario s = Scenario.nato();
        s.accept("GRC", new Position.Reservation());

        assertThat(((Refused) s.adopt()).reason()).contains("reservation").contains("GRC");

        s.support("GRC");
        assertThat(s.adopt()).isInstanceOf(Accepted.class);
    }

    @Test
    void R1_a_lifted_objection_no_longer_stands_only_the_latest_position_counts() {
        Scenario s = Scenario.nato().object("FRA").support("FRA").object("BEL");
        s.accept("BEL", new Position.Silent());

        assertThat(s.item.positions()).hasSize(4);
        assertThat(s.adopt()).isInstanceOf(Accepted.class);
    }

    @Test
    void R1_the_result_is_agreed_never_a_tally() {
        Scenario s = Scenario.nato().support("USA", "DEU");

        AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();

        assertThat(Arrays.stream(AdoptedDecision.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                .noneMatch(n -> n.contains("vote") || n.contains("count") || n.contains("support") || n.contains("tally"));
        assertThat(decision.requiredSet()).hasSize(32);
    }

    @Test
    void R1_only_the_chair_notes_consensus() {
        Scenario s = Scenario.nato();

        Refused refused = s.refuse((i, t) -> i.adopt(Scenario.delegation("USA"), s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.CHAIR_CONDUCTS_PROCEEDINGS);
        assertThat(refused.reason()).contains("usa-del");
    }
}
