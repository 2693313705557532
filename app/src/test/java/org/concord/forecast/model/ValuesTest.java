package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void an_admiralty_grade_parses_from_letter_and_digit() {
        AdmiraltyGrade g = AdmiraltyGrade.parse(" B2 ");
        assertThat(g.reliability()).isEqualTo(AdmiraltyGrade.Reliability.B);
        assertThat(g.credibility()).isEqualTo(AdmiraltyGrade.Credibility.PROBABLY_TRUE);
        assertThat(g.weight()).isEqualTo(0.8 * 0.8);
        assertThat(g).hasToString("B2");
    }

    @Test
    void a_grade_that_cannot_be_judged_weighs_less_than_a_fair_one_and_more_than_an_unreliable_one() {
        assertThat(AdmiraltyGrade.parse("F6").weight()).isEqualTo(0.3 * 0.3);
        assertThat(AdmiraltyGrade.Reliability.F.weight()).isBetween(AdmiraltyGrade.Reliability.E.weight(), AdmiraltyGrade.Reliability.C.weight());
    }

    @Test
    void a_malformed_grade_is_refused_with_the_text_in_the_message() {
        for (String bad : new String[] {"G1", "A7", "b2", "", "A", "A12"})
            assertThatThrownBy(() -> AdmiraltyGrade.parse(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + bad + "'");
    }

    @Test
    void positions_off_the_scale_or_nan_are_refused_naming_the_value() {
        assertThatThrownBy(() -> ActorInput.voter("A", Double.NaN, 50, 1)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ActorInput.voter("A", 100.5, 50, 1)).hasMessageContaining("100.5");
        assertThatThrownBy(() -> ActorInput.voter("A", 50, 50, 0)).hasMessageContaining("capability").hasMessageContaining("0.0");
        assertThatThrownBy(() -> new PositionEstimate(50, Double.NaN, false)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Fixtures.unanimity(-1)).hasMessageContaining("-1.0");
    }

    @Test
    void a_qualified_majority_must_exceed_half() {
        assertThatThrownBy(() -> DecisionRule.qmv(0.5)).hasMessageContaining("0.5");
        assertThatThrownBy(() -> DecisionRule.qmv(0.74, Double.NaN)).hasMessageContaining("NaN");
        assertThat(DecisionRule.qmv(0.74).code()).isEqualTo("QMV");
    }

    @Test
    void a_win_set_must_contain_its_status_quo() {
        assertThatThrownBy(() -> new WinSet(50, 60, 70, java.util.List.of())).hasMessageContaining("50.0");
    }
}
