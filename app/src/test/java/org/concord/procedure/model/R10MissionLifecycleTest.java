package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

/** R10 by types: each lifecycle step is its own item carrying exactly one effect, which adoption hands to the register. */
class R10MissionLifecycleTest {
    private static final MissionId NMI = MissionId.of("nmi");
    static final List<Effect> EVERY_EFFECT = List.of(
            new Effect.LaunchMission(NMI, "NATO Mission Iraq", "Advise Iraqi security institutions", LocalDate.of(2018, 10, 1)),
            new Effect.ExtendMission(NMI, LocalDate.of(2026, 9, 30)),
            new Effect.ChangeMandate(NMI, "Advise and build capacity, without combat role"),
            new Effect.ReduceMission(MissionId.of("kfor"), 3000, LocalDate.of(2026, 12, 31)),
            new Effect.TerminateMission(NMI, LocalDate.of(2026, 9, 30)),
            new Effect.InvitePartner(EventId.of("summit-2026"), SessionId.of("nac-hosg"), Iso3.of("UKR"),
                    Level.HEADS_OF_STATE_AND_GOVERNMENT, SessionFormality.FORMAL),
            new Effect.ExcludePartner(EventId.of("summit-2026"), SessionId.of("nac-hosg"), Iso3.of("AUS")),
            new Effect.HoldEvent(EventId.of("defence-industry-forum-2026")),
            new Effect.CancelEvent(EventId.of("public-forum-2026")),
            new Effect.ExcludePartners(EventId.of("summit-2026"), SessionId.of("nac-hosg"), List.of(Iso3.of("UKR"), Iso3.of("AUS"))),
            new Effect.AdoptStatement("Summit declaration"));

    @Test
    void R10_each_lifecycle_step_is_its_own_item_and_adoption_yields_exactly_its_effect() {
        for (Effect effect : EVERY_EFFECT) {
            Level level = effect instanceof Effect.InvitePartner i ? i.level() : Level.AMBASSADORS;
            Scenario s = Scenario.nato(effect, level);

            AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();

            assertThat(decision.effect()).as("effect of %s", effect).isEqualTo(effect);
        }
        assertThat(Effect.class.getPermittedSubclasses()).hasSize(EVERY_EFFECT.size());
    }

    @Test
    void R10_terminating_a_mission_needs_consensus_like_starting_it() {
        Scenario s = Scenario.nato(new Effect.TerminateMission(NMI, LocalDate.of(2026, 9, 30)), Level.AMBASSADORS)
                .support("USA").object("ITA");

        assertThat(((Decision.Refused) s.adopt()).rule()).isEqualTo(Rule.R1_NO_STANDING_OBJECTION);
    }

    @Test
    void R10_effects_validate_their_values() {
        assertThatThrownBy(() -> new Effect.ReduceMission(NMI, -1, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> new Effect.ChangeMandate(NMI, " ")).hasMessageContaining("mandate");
        assertThatThrownBy(() -> MissionId.of("no spaces")).hasMessageContaining("'no spaces'");
    }
}
