package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

class R4FootnoteTest {
    private static final Footnote TURKEY_ON_CYPRUS = Footnote.onWholeDecision("Turkey recognises the Republic of Macedonia with its constitutional name.");
    private static final Footnote GREECE_ON_PARA_4 = Footnote.onClause("para-4", "Greece reads paragraph 4 as ...");

    @Test
    void R4_support_with_a_statement_does_not_block_and_the_footnote_travels_with_the_decision() {
        Scenario s = Scenario.nato();
        s.accept("TUR", new Position.SupportWithStatement(TURKEY_ON_CYPRUS));

        AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();

        assertThat(decision.footnotes()).containsExactly(new MemberFootnote(Iso3.of("TUR"), TURKEY_ON_CYPRUS, 1));
        assertThat(s.item.adoption()).contains(decision);
    }

    @Test
    void R4_a_footnote_is_scoped_to_the_whole_decision_or_to_one_clause() {
        Scenario s = Scenario.nato();
        s.accept("TUR", new Position.SupportWithStatement(TURKEY_ON_CYPRUS));
        s.accept("GRC", new Position.SupportWithStatement(GREECE_ON_PARA_4));

        AdoptedDecision decision = ((Accepted) s.adopt()).adopted().orElseThrow();

        assertThat(decision.footnotes()).extracting(f -> f.footnote().scope())
                .containsExactly(new FootnoteScope.Clause("para-4"), new FootnoteScope.WholeDecision());
    }

    @Test
    void R4_a_footnote_withdrawn_before_adoption_does_not_travel_with_the_decision() {
        Scenario s = Scenario.nato();
        s.accept("GBR", new Position.SupportWithStatement(Footnote.onWholeDecision("The UK reserves its position on ...")));

        s.later(Duration.ofDays(2)).accept((i, t) -> i.withdrawFootnote(Iso3.of("GBR"), OfficialAct.inSession("PV(1974)30"),
                Scenario.delegation("GBR"), s.membership, t));

        assertThat(s.item.positionOf(Iso3.of("GBR"))).isEqualTo(new Position.Support());
        assertThat(s.events(ProcedureEvent.FootnoteWithdrawn.class)).singleElement()
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.R4_FOOTNOTES_DO_NOT_BLOCK));
        assertThat(((Accepted) s.adopt()).adopted().orElseThrow().footnotes()).isEmpty();
    }

    @Test
    void R4_withdrawing_a_footnote_that_does_not_stand_is_refused() {
        Scenario s = Scenario.nato().support("GBR");

        Refused refused = s.refuse((i, t) -> i.withdrawFootnote(Iso3.of("GBR"), OfficialAct.inSession(),
                Scenario.delegation("GBR"), s.membership, t));

        assertThat(refused.rule()).isEqualTo(Rule.R4_FOOTNOTES_DO_NOT_BLOCK);
        assertThat(refused.reason()).contains("SUPPORT");
    }

    @Test
    void R4_a_footnote_travels_with_a_decision_adopted_under_silence() {
        Scenario s = Scenario.nato();
        s.accept("TUR", new Position.SupportWithStatement(TURKEY_ON_CYPRUS));
        s.openSilence(Duration.ofDays(3));

        AdoptedDecision decision = ((Accepted) s.at(s.deadline()).close()).adopted().orElseThrow();

        assertThat(decision.footnotes()).extracting(MemberFootnote::member).containsExactly(Iso3.of("TUR"));
    }
}
