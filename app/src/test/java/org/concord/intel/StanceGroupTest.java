package org.concord.intel;

import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.ReportSubject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How a report about a group is read onto the actors of an issue. */
class StanceGroupTest {
    static final ActorId USA = ActorId.of("USA"), CAN = ActorId.of("CAN"), DEU = ActorId.of("DEU"), FRA = ActorId.of("FRA");
    static final List<ActorId> ACTORS = List.of(USA, CAN, DEU, FRA);

    private static ReportSubject.ActorGroup group(StanceGroup g, Optional<ActorId> proposer) {
        return (ReportSubject.ActorGroup) g.subject(ACTORS, proposer).orElseThrow();
    }

    @Test
    void most_allies_are_every_member_but_the_proposer() {
        ReportSubject.ActorGroup g = group(StanceGroup.MOST_ALLIES, Optional.of(USA));
        assertThat(g.members()).containsExactlyInAnyOrder(CAN, DEU, FRA);
        assertThat(g.share()).isEqualTo(1.0);
        assertThat(group(StanceGroup.MOST_ALLIES, Optional.empty()).members()).hasSize(4);
    }

    @Test
    void the_european_allies_are_every_member_but_the_united_states_and_canada() {
        assertThat(group(StanceGroup.EUROPEAN_ALLIES, Optional.of(DEU)).members()).containsExactlyInAnyOrder(DEU, FRA);
    }

    @Test
    void an_unknown_ally_is_spread_weakly_over_every_member_but_the_proposer() {
        ReportSubject.ActorGroup g = group(StanceGroup.UNKNOWN_ALLY, Optional.of(USA));
        assertThat(g.members()).containsExactlyInAnyOrder(CAN, DEU, FRA);
        assertThat(g.share()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(StanceGroup.UNKNOWN_ALLY.reading(ACTORS, Optional.of(USA))).contains("1/3");
    }

    @Test
    void the_secretariat_covers_no_member() {
        assertThat(StanceGroup.SECRETARIAT.subject(ACTORS, Optional.of(USA))).isEmpty();
        assertThat(StanceGroup.SECRETARIAT.reading(ACTORS, Optional.of(USA))).contains("not counted");
    }

    @Test
    void a_group_left_empty_covers_no_one() {
        assertThat(StanceGroup.EUROPEAN_ALLIES.subject(List.of(USA, CAN), Optional.empty())).isEmpty();
        assertThat(StanceGroup.MOST_ALLIES.subject(List.of(USA), Optional.of(USA))).isEmpty();
    }
}
