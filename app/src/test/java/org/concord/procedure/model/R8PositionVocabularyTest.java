package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.concord.shared.Role;
import org.junit.jupiter.api.Test;

class R8PositionVocabularyTest {
    static final List<Position> ONE_OF_EACH = List.of(Position.Objection.atEveryLevel(), new Position.Reservation(),
            new Position.AdReferendum(), new Position.Support(),
            new Position.SupportWithStatement(Footnote.onWholeDecision("statement")), new Position.Abstain(),
            new Position.QualifiedAbstain(), new Position.NonParticipating("no funds"), new Position.Silent(),
            new Position.Unknown());

    @Test
    void R8_the_vocabulary_has_exactly_the_ten_words_one_per_position_type() {
        assertThat(PositionKind.values()).extracting(Enum::name).containsExactly("OBJECTION", "RESERVATION",
                "AD_REFERENDUM", "SUPPORT", "SUPPORT_WITH_STATEMENT", "ABSTAIN", "QUALIFIED_ABSTAIN",
                "NON_PARTICIPATING", "SILENT", "UNKNOWN");
        assertThat(ONE_OF_EACH).extracting(Position::kind).containsExactly(PositionKind.values());
        assertThat(Position.class.getPermittedSubclasses()).hasSize(PositionKind.values().length);
    }

    @Test
    void R8_only_an_applying_objection_blocks_and_only_reservations_and_ad_referendum_are_pending() {
        assertThat(ONE_OF_EACH).filteredOn(p -> p.blocksAt(Level.AMBASSADORS)).extracting(Position::kind)
                .containsExactly(PositionKind.OBJECTION);
        assertThat(ONE_OF_EACH).filteredOn(Position::pending).extracting(Position::kind)
                .containsExactly(PositionKind.RESERVATION, PositionKind.AD_REFERENDUM);
    }

    @Test
    void R8_unknown_is_the_absence_of_a_position_and_cannot_be_recorded() {
        Scenario s = Scenario.nato();

        Refused refused = (Refused) s.position("ITA", new Position.Unknown());

        assertThat(refused.rule()).isEqualTo(Rule.R8_POSITION_VOCABULARY);
        assertThat(s.item.positionOf(Iso3.of("ITA"))).isEqualTo(new Position.Unknown());
    }

    @Test
    void R8_nato_does_not_record_abstentions_the_osce_does() {
        assertThat(((Refused) Scenario.nato().position("ITA", new Position.Abstain())).reason())
                .contains("does not formally record abstentions");
        assertThat(ProcedureConfig.osce().recordsAbstentions()).isTrue();
    }

    @Test
    void R8_one_standing_position_per_member_and_the_history_is_kept() {
        Scenario s = Scenario.nato().object("CAN");
        s.later(Duration.ofHours(3)).accept("CAN", new Position.Reservation());
        s.later(Duration.ofHours(3)).support("CAN");

        assertThat(s.item.standingPositions()).containsOnlyKeys(Iso3.of("CAN"));
        assertThat(s.item.positionOf(Iso3.of("CAN"))).isEqualTo(new Position.Support());
        assertThat(s.item.positions()).extracting(p -> p.position().kind())
                .containsExactly(PositionKind.OBJECTION, PositionKind.RESERVATION, PositionKind.SUPPORT);
    }

    @Test
    void R8_every_position_is_an_official_act_with_author_time_text_version_and_document() {
        Scenario s = Scenario.nato();
        s.accept((i, t) -> i.recordPosition(Iso3.of("CAN"), new Position.Reservation(), OfficialAct.note("CAN-2025-044"),
                Scenario.delegation("CAN"), s.membership, t));

        PositionEntry entry = s.item.standingPositions().get(Iso3.of("CAN"));

        assertThat(entry.recordedBy()).isEqualTo(new Actor("can-del", Role.DELEGATION, Iso3.of("CAN")));
        assertThat(entry.at()).isEqualTo(Scenario.T0);
        assertThat(entry.textVersion()).isEqualTo(1);
        assertThat(entry.act().documentRef()).contains("CAN-2025-044");
    }

    @Test
    void R8_every_rule_is_listed_with_a_citation_and_a_summary() {
        assertThat(Arrays.stream(Rule.values())).allSatisfy(r -> {
            assertThat(r.citation()).isNotBlank();
            assertThat(r.summary()).isNotBlank();
        });
        assertThat(Arrays.stream(Rule.values()).map(Rule::citation))
                .contains("R1", "R2", "R3(a)", "R3(b)", "R3(c)", "R3(d)", "R3(e)", "R3(f)", "R4", "R5", "R6", "R7",
                        "R8", "R9", "R10", "R11", "R12", "R13");
    }
}
