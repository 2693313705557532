package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

class R2RequiredSetTest {
    private static final Instant BEFORE_SWEDEN = Instant.parse("2024-03-06T10:00:00Z");
    private static final BodyId PC = BodyId.of("pc");
    private static final TableMembership OSCE_SAMPLE = new TableMembership(Map.of(PC, Map.of(
            Iso3.of("AUT"), LocalDate.of(1973, 7, 3), Iso3.of("CHE"), LocalDate.of(1973, 7, 3),
            Iso3.of("SRB"), LocalDate.of(1973, 7, 3), Iso3.of("USA"), LocalDate.of(1973, 7, 3),
            Iso3.of("FRA"), LocalDate.of(1973, 7, 3))), Map.of());

    private static Scenario natoOn(Instant at) {
        return Scenario.raised(ProcedureConfig.nato(), Nato32.MEMBERSHIP, BodyId.NAC, Level.AMBASSADORS,
                new Effect.AdoptStatement("Statement"), at);
    }

    private static Scenario osce() {
        return Scenario.raised(ProcedureConfig.osce(), OSCE_SAMPLE, PC, Level.AMBASSADORS,
                new Effect.AdoptStatement("Decision on the situation"), Scenario.T0);
    }

    @Test
    void R2_a_state_records_no_position_before_its_accession() {
        Scenario s = natoOn(BEFORE_SWEDEN);

        Refused refused = (Refused) s.position("SWE", new Position.Support());

        assertThat(refused.rule()).isEqualTo(Rule.R2_REQUIRED_SET);
        assertThat(refused.reason()).contains("SWE").contains("2024-03-06");
        s.at(Instant.parse("2024-03-07T09:00:00Z"));
        assertThat(s.position("SWE", new Position.Support())).isInstanceOf(Accepted.class);
    }

    @Test
    void R2_the_required_set_is_the_membership_on_the_date_of_the_decision() {
        Scenario s = natoOn(Instant.parse("2023-01-10T09:00:00Z"));
        assertThat(s.item.requiredSetAt(s.membership, s.now)).hasSize(30).doesNotContain(Iso3.of("FIN"), Iso3.of("SWE"));

        s.at(Instant.parse("2023-04-04T12:00:00Z"));
        assertThat(s.item.requiredSetAt(s.membership, s.now)).hasSize(31).contains(Iso3.of("FIN"));
        s.object("FIN");
        assertThat(s.adopt()).isInstanceOf(Refused.class);

        s.support("FIN").at(BEFORE_SWEDEN);
        AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();
        assertThat(decision.requiredSet()).hasSize(31).doesNotContain(Iso3.of("SWE"));
    }

    @Test
    void R2_osce_consensus_minus_one_excludes_the_state_in_violation_and_its_objection_no_longer_blocks() {
        Scenario s = osce().object("SRB");
        assertThat(s.adopt()).isInstanceOf(Refused.class);

        s.accept((i, t) -> i.excludeMember(Iso3.of("SRB"), "PC decision: clear, gross violation", Scenario.CHAIR, s.membership, t));

        assertThat(s.item.excluded()).containsExactly(Iso3.of("SRB"));
        assertThat(s.item.requiredSetAt(s.membership, s.now)).hasSize(4).doesNotContain(Iso3.of("SRB"));
        AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();
        assertThat(decision.requiredSet()).doesNotContain(Iso3.of("SRB"));
        assertThat(s.events(ProcedureEvent.MemberExcluded.class)).singleElement()
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.R2_REQUIRED_SET));
    }

    @Test
    void R2_consensus_minus_one_excludes_one_member_only() {
        Scenario s = osce();
        s.accept((i, t) -> i.excludeMember(Iso3.of("SRB"), "basis", Scenario.CHAIR, s.membership, t));

        Refused refused = s.refuse((i, t) -> i.excludeMember(Iso3.of("AUT"), "basis", Scenario.CHAIR, s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R2_REQUIRED_SET);
        assertThat(refused.reason()).contains("SRB is already excluded");
    }

    @Test
    void R2_an_excluded_state_records_no_position() {
        Scenario s = osce();
        s.accept((i, t) -> i.excludeMember(Iso3.of("SRB"), "basis", Scenario.CHAIR, s.membership, t));

        Refused refused = (Refused) s.position("SRB", Position.Objection.atEveryLevel());

        assertThat(refused.rule()).isEqualTo(Rule.R2_REQUIRED_SET);
        assertThat(refused.reason()).contains("excluded");
    }

    @Test
    void R2_nato_has_no_consensus_minus_one() {
        Scenario s = Scenario.nato().object("TUR");

        Refused refused = s.refuse((i, t) -> i.excludeMember(Iso3.of("TUR"), "basis", Scenario.CHAIR, s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R2_REQUIRED_SET);
        assertThat(refused.reason()).contains("NATO has no consensus-minus-one");
    }

    @Test
    void R2_only_the_chair_applies_an_exclusion() {
        Scenario s = osce();

        Refused refused = s.refuse((i, t) -> i.excludeMember(Iso3.of("SRB"), "basis", Scenario.delegation("USA"), s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.CHAIR_CONDUCTS_PROCEEDINGS);
    }

    @Test
    void R2_a_body_without_members_on_the_date_reaches_no_consensus() {
        Scenario s = Scenario.raised(ProcedureConfig.nato(), Nato32.MEMBERSHIP, BodyId.NAC, Level.AMBASSADORS,
                new Effect.AdoptStatement("Statement"), Instant.parse("1949-04-03T12:00:00Z"));

        Refused refused = (Refused) s.adopt();

        assertThat(refused.rule()).isEqualTo(Rule.R2_REQUIRED_SET);
        assertThat(refused.reason()).contains("no members on 1949-04-03");
    }
}
