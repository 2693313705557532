package org.concord.procedure.data;

import org.concord.json.Json;
import org.concord.procedure.model.ActForm;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violation;
import org.concord.shared.Violations;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActRequestTest {

    @Test
    void each_act_reads_the_json_its_route_was_sent_before_the_split() throws Exception {
        assertThat(Json.mapper().readValue("{\"deadline\":\"2026-12-01T12:00:00Z\",\"version\":2}", ActRequest.OpenSilence.class))
                .isEqualTo(new ActRequest.OpenSilence("2026-12-01T12:00:00Z", 2L));
        assertThat(Json.mapper().readValue("{\"act\":\"LETTER\",\"reference\":\"DEU/2026/117\",\"version\":2}", ActRequest.BreakSilence.class))
                .isEqualTo(new ActRequest.BreakSilence("LETTER", "DEU/2026/117", 2L));
        assertThat(Json.mapper().readValue("{\"text\":\"Revised.\",\"version\":3}", ActRequest.AddText.class))
                .isEqualTo(new ActRequest.AddText("Revised.", 3L));
        assertThat(Json.mapper().readValue("{\"reason\":\"basis\",\"version\":1}", ActRequest.ExcludeMember.class))
                .isEqualTo(new ActRequest.ExcludeMember("basis", 1L));
        assertThat(Json.mapper().readValue("{\"version\":4}", ActRequest.Withdraw.class)).isEqualTo(new ActRequest.Withdraw(null, 4L));
        assertThat(Json.mapper().readValue("{\"newId\":\"x-review\",\"version\":5}", ActRequest.Reopen.class))
                .isEqualTo(new ActRequest.Reopen("x-review", 5L));
        assertThat(Json.mapper().readValue("{\"act\":\"NOTE\",\"reference\":\"ITA/1\",\"version\":6}", ActRequest.WithdrawFootnote.class))
                .isEqualTo(new ActRequest.WithdrawFootnote("NOTE", "ITA/1", 6L));
    }

    @Test
    void a_field_another_act_takes_is_refused() {
        assertThatThrownBy(() -> Json.mapper().readValue("{\"deadline\":\"2026-12-01T12:00:00Z\",\"version\":2}", ActRequest.AddText.class))
                .hasMessageContaining("deadline");
    }

    @Test
    void a_new_text_is_required() {
        assertThat(new ActRequest.AddText("Revised.", 1L).checkedText()).isEqualTo("Revised.");
        assertThatThrownBy(() -> new ActRequest.AddText(" ", 1L).checkedText()).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("text", "is required")));
    }

    @Test
    void a_silence_deadline_is_a_full_instant() {
        assertThat(new ActRequest.OpenSilence("2026-12-01T12:00:00Z", 1L).checkedDeadline()).isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));
        assertThatThrownBy(() -> new ActRequest.OpenSilence(null, 1L).checkedDeadline()).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("deadline", "is required (an instant, e.g. 2026-12-01T12:00:00Z)")));
        assertThatThrownBy(() -> new ActRequest.OpenSilence("2026-12-01", 1L).checkedDeadline()).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("deadline", "'2026-12-01' is not an instant (YYYY-MM-DDTHH:MM:SSZ)")));
    }

    @Test
    void breaking_silence_by_letter_needs_a_reference_and_defaults_to_a_statement_in_session() {
        Violations ok = new Violations();
        assertThat(new ActRequest.BreakSilence(null, null, 1L).toAct(ok).form()).isEqualTo(ActForm.STATEMENT_IN_SESSION);
        assertThat(new ActRequest.BreakSilence("LETTER", "DEU/1", 1L).toAct(ok).form()).isEqualTo(ActForm.LETTER);
        assertThat(ok.isEmpty()).isTrue();
        Violations v = new Violations();
        assertThat(new ActRequest.BreakSilence("LETTER", " ", 1L).toAct(v)).isNull();
        assertThat(new ActRequest.WithdrawFootnote("TELEGRAM", null, 1L).toAct(v)).isNull();
        assertThatThrownBy(v::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.violations()).extracting(Violation::field).containsExactly("reference", "act");
            assertThat(e.violations().get(1).reason()).contains("'TELEGRAM' is not one of");
        });
    }

    @Test
    void an_exclusion_needs_its_basis() {
        assertThat(new ActRequest.ExcludeMember("Prague Document 1992", 1L).checkedReason()).isEqualTo("Prague Document 1992");
        assertThatThrownBy(() -> new ActRequest.ExcludeMember(null, 1L).checkedReason()).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("reason", "is required: the basis of the exclusion")));
    }

    @Test
    void withdrawal_and_move_say_why_by_default() {
        assertThat(new ActRequest.Withdraw(null, 1L).reasonOrDefault()).isEqualTo("withdrawn");
        assertThat(new ActRequest.Withdraw("overtaken", 1L).reasonOrDefault()).isEqualTo("overtaken");
        assertThat(new ActRequest.Move(" ", 1L).reasonOrDefault()).isEqualTo("moved");
    }

    @Test
    void a_reopened_item_gets_the_id_asked_for_or_a_generated_one() {
        assertThat(new ActRequest.Reopen("x-review", 1L).newIdOr(() -> "gen").value()).isEqualTo("x-review");
        assertThat(new ActRequest.Reopen(null, 1L).newIdOr(() -> "gen-1").value()).isEqualTo("gen-1");
        assertThatThrownBy(() -> new ActRequest.Reopen("Not An Id!", 1L).newIdOr(() -> "gen")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("newId"));
    }
}
