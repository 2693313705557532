package org.concord.register.data;

import org.concord.register.model.Session;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionLevelTest {
    static Session model(SessionData d) {
        Violations v = new Violations();
        Session s = d.toModel("sessions[0]", v);
        v.throwIfAny();
        return s;
    }

    @Test
    void an_informal_meeting_may_be_of_unknown_level_and_keeps_it_unknown_on_the_wire() {
        var data = new SessionData("hague-2025-ip4", "Meeting with the IP4", "nac", null, "INFORMAL_CHAIR_CONVENED", null, null,
                "held without the United States", List.of("S83"), "SECONDARY");
        Session s = model(data);
        assertThat(s.level()).isEmpty();
        assertThat(SessionData.from(s).level()).isNull();
        assertThat(SessionData.from(s)).isEqualTo(data);
    }

    @Test
    void a_formal_session_needs_its_level() {
        var data = new SessionData("ankara-2026-formal", "Formal session", "nac", null, "FORMAL", null, null, null, List.of("S110"), "SECONDARY");
        assertThatThrownBy(() -> model(data)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).anySatisfy(x -> {
                    assertThat(x.field()).isEqualTo("sessions[0].level");
                    assertThat(x.reason()).contains("FORMAL");
                }));
    }
}
