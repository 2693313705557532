package org.concord.procedure.data;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import org.concord.json.Json;
import org.concord.procedure.model.Effect;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violation;
import org.concord.shared.Violations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectRequestTest {

    /** Each effect as the single EffectData record wrote it before it was split (nulls left out, fields in its order). */
    static Stream<String> wire() {
        return Stream.of(
                "{\"type\":\"LAUNCH_MISSION\",\"mission\":\"atlantis\",\"name\":\"Atlantis\",\"mandate\":\"Train.\",\"start\":\"2027-01-01\"}",
                "{\"type\":\"EXTEND_MISSION\",\"mission\":\"kfor\",\"newEnd\":\"2030-12-31\"}",
                "{\"type\":\"CHANGE_MANDATE\",\"mission\":\"nmi\",\"text\":\"Advise only.\"}",
                "{\"type\":\"REDUCE_MISSION\",\"mission\":\"kfor\",\"targetStrength\":3000,\"byDate\":\"2027-06-30\"}",
                "{\"type\":\"REDUCE_MISSION\",\"mission\":\"kfor\"}",
                "{\"type\":\"TERMINATE_MISSION\",\"mission\":\"nmi\",\"endDate\":\"2026-09-30\"}",
                "{\"type\":\"INVITE_PARTNER\",\"event\":\"summit-2026-ankara\",\"session\":\"ankara-2026-formal\",\"partner\":\"UKR\",\"level\":\"HEADS_OF_STATE_AND_GOVERNMENT\",\"formality\":\"FORMAL\"}",
                "{\"type\":\"EXCLUDE_PARTNER\",\"event\":\"summit-2026-ankara\",\"session\":\"ankara-2026-formal\",\"partner\":\"UKR\"}",
                "{\"type\":\"EXCLUDE_PARTNERS\",\"event\":\"summit-2026-ankara\",\"session\":\"ankara-2026-formal\",\"partners\":[\"UKR\",\"AUS\"]}",
                "{\"type\":\"HOLD_EVENT\",\"event\":\"public-forum-2026\"}",
                "{\"type\":\"CANCEL_EVENT\",\"event\":\"public-forum-2026\"}",
                "{\"type\":\"ADOPT_STATEMENT\",\"text\":\"The Council states.\"}");
    }

    @ParameterizedTest
    @MethodSource("wire")
    void every_effect_reads_its_old_json_and_writes_it_back_unchanged(String json) throws Exception {
        EffectRequest read = Json.mapper().readValue(json, EffectRequest.class);
        assertThat(read.type().record()).isEqualTo(read.getClass());
        assertThat(Json.mapper().writeValueAsString(read)).isEqualTo(json);
        Violations v = new Violations();
        Effect model = read.toModel("effect", v);
        assertThat(v.isEmpty()).isTrue();
        assertThat(Json.mapper().writeValueAsString(EffectRequest.from(model))).isEqualTo(json);
    }

    @Test
    void every_type_has_a_sample_on_the_wire() {
        assertThat(wire().map(j -> j.substring(9, j.indexOf('"', 9))).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EffectRequest.Type.values()).map(Enum::name).toList());
    }

    @Test
    void a_month_as_an_end_date_means_its_last_day() {
        Violations v = new Violations();
        var e = (Effect.TerminateMission) new EffectRequest.TerminateMission("nmi", "2026-09").toModel("effect", v);
        assertThat(e.endDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        var leap = (Effect.ReduceMission) new EffectRequest.ReduceMission("kfor", null, "2028-02").toModel("effect", v);
        assertThat(leap.byDate()).contains(LocalDate.of(2028, 2, 29));
        assertThat(v.isEmpty()).isTrue();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new EffectRequest.LaunchMission(null, "A", "M", "2027-01-01"), "effect.mission", "is required"),
                Arguments.of(new EffectRequest.LaunchMission("Not A Slug!", "A", "M", "2027-01-01"), "effect.mission", ""),
                Arguments.of(new EffectRequest.LaunchMission("atlantis", " ", "M", "2027-01-01"), "effect.name", "is required"),
                Arguments.of(new EffectRequest.LaunchMission("atlantis", "A", null, "2027-01-01"), "effect.mandate", "is required"),
                Arguments.of(new EffectRequest.LaunchMission("atlantis", "A", "M", null), "effect.start", "is required"),
                Arguments.of(new EffectRequest.ExtendMission("kfor", "2030"), "effect.newEnd", "'2030' is not a date (YYYY-MM-DD, or YYYY-MM for the end of that month)"),
                Arguments.of(new EffectRequest.ExtendMission("kfor", null), "effect.newEnd", "is required"),
                Arguments.of(new EffectRequest.ChangeMandate("nmi", ""), "effect.text", "is required"),
                Arguments.of(new EffectRequest.ReduceMission("kfor", -1, null), "effect.targetStrength", "must not be negative, got -1"),
                Arguments.of(new EffectRequest.ReduceMission("kfor", null, "2027-02-30"), "effect.byDate", "'2027-02-30' is not a real date"),
                Arguments.of(new EffectRequest.TerminateMission("nmi", "2026-13"), "effect.endDate", "'2026-13' is not a real date"),
                Arguments.of(new EffectRequest.TerminateMission(null, "2026-09"), "effect.mission", "is required"),
                Arguments.of(new EffectRequest.InvitePartner(null, "s", "UKR", "MINISTERS", null), "effect.event", "is required"),
                Arguments.of(new EffectRequest.InvitePartner("e", null, "UKR", "MINISTERS", null), "effect.session", "is required"),
                Arguments.of(new EffectRequest.InvitePartner("e", "s", "ukraine", "MINISTERS", null), "effect.partner", ""),
                Arguments.of(new EffectRequest.InvitePartner("e", "s", "UKR", null, null), "effect.level", "is required"),
                Arguments.of(new EffectRequest.InvitePartner("e", "s", "UKR", "KINGS", null), "effect.level", "'KINGS' is not one of"),
                Arguments.of(new EffectRequest.InvitePartner("e", "s", "UKR", "MINISTERS", "CASUAL"), "effect.formality", "'CASUAL' is not one of"),
                Arguments.of(new EffectRequest.ExcludePartner("e", "s", null), "effect.partner", "is required"),
                Arguments.of(new EffectRequest.ExcludePartners("e", "s", List.of()), "effect.partners", "at least one partner is required"),
                Arguments.of(new EffectRequest.ExcludePartners("e", "s", Arrays.asList("UKR", "x")), "effect.partners[1]", ""),
                Arguments.of(new EffectRequest.HoldEvent(null), "effect.event", "is required"),
                Arguments.of(new EffectRequest.CancelEvent(null), "effect.event", "is required"),
                Arguments.of(new EffectRequest.AdoptStatement(null), "effect.text", "is required"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void each_invalid_field_is_named_with_its_reason_and_gives_no_effect(EffectRequest request, String field, String reason) {
        Violations v = new Violations();
        assertThat(request.toModel("effect", v)).isNull();
        assertThatThrownBy(v::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.violations()).extracting(Violation::field).containsExactly(field);
            assertThat(e.violations().get(0).reason()).contains(reason);
        });
    }

    @Test
    void every_missing_field_of_an_effect_is_reported_at_once() {
        Violations v = new Violations();
        assertThat(new EffectRequest.LaunchMission(null, null, null, null).toModel("effect", v)).isNull();
        assertThatThrownBy(v::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("effect.mission", "effect.start", "effect.name", "effect.mandate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"DISSOLVE_ALLIANCE\"}", "{\"mission\":\"nmi\"}"})
    void an_unknown_or_missing_type_is_not_read(String json) {
        assertThatThrownBy(() -> Json.mapper().readValue(json, EffectRequest.class)).isInstanceOf(InvalidTypeIdException.class);
    }

    @Test
    void a_field_of_another_effect_is_an_unknown_field() {
        assertThatThrownBy(() -> Json.mapper().readValue("{\"type\":\"HOLD_EVENT\",\"event\":\"e\",\"mission\":\"nmi\"}", EffectRequest.class))
                .hasMessageContaining("mission");
    }

    @Test
    void a_type_names_its_record_or_says_which_types_exist() {
        assertThat(EffectRequest.Type.named("CANCEL_EVENT").record()).isEqualTo(EffectRequest.CancelEvent.class);
        assertThatThrownBy(() -> EffectRequest.Type.named("NOPE")).hasMessageContaining("'NOPE' is not one of [LAUNCH_MISSION");
        assertThatThrownBy(() -> EffectRequest.Type.named(null)).hasMessageStartingWith("is required: one of");
    }

    @Test
    void the_built_in_questions_file_reads_its_effects_as_records() throws Exception {
        var q = Json.yaml().readValue(EffectRequestTest.class.getResourceAsStream("/data/nato-2026-questions.yaml"),
                org.concord.boot.QuestionsFile.class);
        assertThat(q.items()).extracting(i -> (Object) i.effect().getClass()).contains(EffectRequest.TerminateMission.class,
                EffectRequest.ReduceMission.class, EffectRequest.ExcludePartners.class, EffectRequest.CancelEvent.class);
        assertThat(q.items().get(0).effect()).isEqualTo(new EffectRequest.TerminateMission("nmi", "2026-09"));
    }
}
