package org.concord.boot;

import org.concord.json.Json;
import org.concord.procedure.data.EffectRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in questions file (read by boot alone) as its records. */
class QuestionsFileTest {

    @Test
    void the_built_in_questions_file_reads_its_effects_as_records() throws Exception {
        var q = Json.yaml().readValue(QuestionsFileTest.class.getResourceAsStream("/data/nato-2026-questions.yaml"),
                QuestionsFile.class);
        assertThat(q.items()).extracting(i -> (Object) i.effect().getClass()).contains(EffectRequest.TerminateMission.class,
                EffectRequest.ReduceMission.class, EffectRequest.ExcludePartners.class, EffectRequest.CancelEvent.class);
        assertThat(q.items().get(0).effect()).isEqualTo(new EffectRequest.TerminateMission("nmi", "2026-09"));
    }
}
