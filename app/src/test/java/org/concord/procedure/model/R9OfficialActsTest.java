package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.junit.jupiter.api.Test;

/** R9 by types and actors: positions change only through official acts of the member (or the chair recording them). */
class R9OfficialActsTest {

    @Test
    void R9_an_analyst_with_a_press_report_cannot_set_a_members_position() {
        Scenario s = Scenario.nato();

        Refused refused = s.refuse((i, t) -> i.recordPosition(Iso3.of("USA"), Position.Objection.atEveryLevel(),
                OfficialAct.inSession(), Scenario.ANALYST, s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R9_OFFICIAL_ACTS_ONLY);
        assertThat(refused.reason()).contains("reported stances");
    }

    @Test
    void R9_a_delegation_speaks_only_for_its_own_nation() {
        Scenario s = Scenario.nato();

        Refused refused = s.refuse((i, t) -> i.recordPosition(Iso3.of("FRA"), new Position.Support(),
                OfficialAct.inSession(), Scenario.delegation("USA"), s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R9_OFFICIAL_ACTS_ONLY);
    }

    @Test
    void R9_the_chair_records_a_statement_made_in_session() {
        Scenario s = Scenario.nato();

        s.accept((i, t) -> i.recordPosition(Iso3.of("FRA"), new Position.Support(), OfficialAct.inSession("PV(2025)17"),
                Scenario.CHAIR, s.membership, t));

        assertThat(s.item.standingPositions().get(Iso3.of("FRA")).recordedBy().role()).isEqualTo(Role.CHAIR);
    }

    @Test
    void R9_a_partner_has_no_say() {
        Scenario s = Scenario.nato();
        Principal ukraine = new Principal("ukr", Role.PARTNER, java.util.Optional.of(Iso3.of("UKR")));

        Refused refused = s.refuse((i, t) -> i.recordPosition(Iso3.of("UKR"), new Position.Support(),
                OfficialAct.inSession(), ukraine, s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R9_OFFICIAL_ACTS_ONLY);
    }

    @Test
    void R9_a_tacit_act_is_the_procedures_own_record_and_cannot_be_submitted() {
        Scenario s = Scenario.nato();

        Refused refused = s.refuse((i, t) -> i.recordPosition(Iso3.of("FRA"), new Position.Silent(),
                new OfficialAct(ActForm.TACIT_AT_SILENCE_DEADLINE, "x"), Scenario.delegation("FRA"), s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R9_OFFICIAL_ACTS_ONLY);
    }
}
