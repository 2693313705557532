package org.concord.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Iso3Test {
    @Test
    void a_known_code_is_accepted_and_kosovo_has_its_user_assigned_code() {
        assertThat(Iso3.of("FIN").code()).isEqualTo("FIN");
        assertThat(Iso3.of("XKX").isUserAssigned()).isTrue();
    }

    @Test
    void an_unknown_or_malformed_code_is_refused_naming_it() {
        assertThatThrownBy(() -> Iso3.of("ZZZ")).hasMessageContaining("'ZZZ' is not a known ISO 3166 alpha-3 code");
        assertThatThrownBy(() -> Iso3.of("fin")).hasMessageContaining("'fin' is not an ISO 3166 alpha-3 code");
    }

    @Test
    void a_delegation_must_speak_for_a_nation() {
        assertThatThrownBy(() -> new Principal("fra", Role.DELEGATION, java.util.Optional.empty()))
                .hasMessageContaining("DELEGATION principal must be bound to a nation");
    }
}
