package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

/**
 * Art. 31(1) TEU arithmetic on a six-member council with synthetic populations chosen to hit the thresholds exactly:
 * total 600; one third of the members is 2, one third of the population is 200.
 */
class R6ConstructiveAbstentionTest {
    private static final BodyId COUNCIL = BodyId.of("council");
    private static final Map<String, Long> POPULATION = Map.of(
            "DEU", 150L, "FRA", 50L, "ITA", 100L, "ESP", 100L, "POL", 100L, "NLD", 100L);

    private static Scenario council() {
        Map<Iso3, LocalDate> seats = new LinkedHashMap<>();
        Map<Iso3, Long> population = new LinkedHashMap<>();
        POPULATION.forEach((code, p) -> {
            seats.put(Iso3.of(code), LocalDate.of(1958, 1, 1));
            population.put(Iso3.of(code), p);
        });
        return Scenario.raised(ProcedureConfig.euUnanimity(), new TableMembership(Map.of(COUNCIL, seats), population),
                COUNCIL, Level.MINISTERS, new Effect.AdoptStatement("Council decision (CFSP)"), Scenario.T0);
    }

    private static Decision abstainQualified(Scenario s, String member) {
        return s.attempt((i, t) -> i.recordPosition(Iso3.of(member), new Position.QualifiedAbstain(),
                OfficialAct.declaration("ST-" + member), Scenario.delegation(member), s.membership, t));
    }

    @Test
    void R6_qualified_abstention_exists_only_in_eu_mode() {
        Scenario s = Scenario.nato();

        Refused refused = s.refuse((i, t) -> i.recordPosition(Iso3.of("FRA"), new Position.QualifiedAbstain(),
                OfficialAct.declaration("D-1"), Scenario.delegation("FRA"), s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R6_CONSTRUCTIVE_ABSTENTION);
        assertThat(refused.reason()).contains("EU mode");
    }

    @Test
    void R6_a_qualified_abstention_is_a_formal_declaration() {
        Scenario s = council();

        Refused refused = (Refused) s.position("FRA", new Position.QualifiedAbstain());

        assertThat(refused.reason()).contains("formal declaration");
    }

    @Test
    void R6_a_qualified_abstention_does_not_block_and_exempts_the_member_from_applying_the_decision() {
        Scenario s = council();
        abstainQualified(s, "FRA");

        AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();

        assertThat(decision.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.member()).isEqualTo(Iso3.of("FRA"));
            assertThat(e.kind()).isEqualTo(ExemptionKind.QUALIFIED_ABSTENTION);
        });
    }

    @Test
    void R6_adoption_fails_when_qualified_abstainers_reach_a_third_of_members_and_a_third_of_population() {
        Scenario s = council();
        abstainQualified(s, "FRA");
        abstainQualified(s, "DEU");

        Refused refused = (Refused) s.adopt();

        assertThat(refused.rule()).isEqualTo(Rule.R6_CONSTRUCTIVE_ABSTENTION);
        assertThat(refused.reason()).contains("2 of 6 members").contains("200 of 600");
    }

    @Test
    void R6_a_third_of_the_members_below_a_third_of_the_population_still_adopts() {
        Scenario s = council();
        abstainQualified(s, "FRA");
        abstainQualified(s, "ITA");

        assertThat(s.adopt()).isInstanceOf(Accepted.class);
    }

    @Test
    void R6_a_third_of_the_population_below_a_third_of_the_members_still_adopts() {
        Scenario s = council();
        s.attempt((i, t) -> i.recordPosition(Iso3.of("DEU"), new Position.QualifiedAbstain(),
                OfficialAct.declaration("ST-DEU"), Scenario.delegation("DEU"), s.membership, t));
        s.accept("ITA", new Position.Abstain());
        s.accept("ESP", new Position.Abstain());

        assertThat(s.adopt()).as("150 of 600 population, and plain abstentions do not count").isInstanceOf(Accepted.class);
    }

    @Test
    void R6_an_objection_still_blocks_in_eu_mode() {
        Scenario s = council().object("POL");

        assertThat(((Refused) s.adopt()).rule()).isEqualTo(Rule.R1_NO_STANDING_OBJECTION);
    }

    @Test
    void R6_an_unknown_population_is_a_refusal_not_a_guess() {
        Map<Iso3, LocalDate> seats = Map.of(Iso3.of("DEU"), LocalDate.of(1958, 1, 1), Iso3.of("FRA"), LocalDate.of(1958, 1, 1));
        Scenario s = Scenario.raised(ProcedureConfig.euUnanimity(), new TableMembership(Map.of(COUNCIL, seats), Map.of()),
                COUNCIL, Level.MINISTERS, new Effect.AdoptStatement("Decision"), Scenario.T0);
        abstainQualified(s, "FRA");

        Refused refused = (Refused) s.adopt();

        assertThat(refused.rule()).isEqualTo(Rule.R6_CONSTRUCTIVE_ABSTENTION);
        assertThat(refused.reason()).contains("population of DEU").contains("unknown");
    }

    @Test
    void R6_the_threshold_applies_at_a_silence_deadline_and_the_item_returns_to_discussion() {
        Scenario s = council();
        abstainQualified(s, "FRA");
        abstainQualified(s, "DEU");
        s.openSilence(Duration.ofDays(2));

        s.at(s.deadline()).close();

        assertThat(s.item.status()).isEqualTo(ItemStatus.SILENCE_BROKEN);
        assertThat(s.events(ProcedureEvent.SilenceClosed.class)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(SilencePhase.NOT_ADOPTED);
            assertThat(e.rule()).isEqualTo(Rule.R6_CONSTRUCTIVE_ABSTENTION);
        });
    }
}
