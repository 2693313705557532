package org.concord.access.model;

import org.concord.access.AccessFixtures;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {
    private static final PasswordHash HASH =
            PasswordHash.parse("$argon2id$v=19$m=64,t=3,p=2$MDEyMzQ1Njc4OWFiY2RlZg$7SkEDKL+DmxmYRr1RgfcroBB7d8qERGmC5J6GmN20pA");
    private static final Marking RESTRICTED = MarkingLadder.NATO.marking("NATO RESTRICTED");

    private static User user(Role role, Optional<Iso3> nation) {
        return new User(UserName.of("anna.k"), role, nation, RESTRICTED, true, HASH, AccessFixtures.NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "anna.k", "fra_del-1", "0123456789012345678901234567890123456789012345678901234567890123"})
    void a_user_name_of_lower_case_letters_digits_dots_dashes_and_underscores_is_accepted(String name) {
        assertThat(UserName.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Anna", "anna k", "anna@nato.int", "ünal", "01234567890123456789012345678901234567890123456789012345678901234"})
    void a_user_name_outside_the_alphabet_or_over_64_characters_is_refused_and_named(String name) {
        assertThatThrownBy(() -> UserName.of(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user name '" + name.substring(0, Math.min(name.length(), 80)) + "'");
        assertThat(UserName.parse(name)).isEmpty();
    }

    @Test
    void an_error_message_shows_at_most_80_characters_of_a_typed_name_with_control_characters_escaped() {
        assertThatThrownBy(() -> UserName.of("x\n".repeat(100))).hasMessageContaining("'x\\u000ax\\u000a").hasMessageContaining("...'");
    }

    @Test
    void a_delegation_user_is_bound_to_its_nation_and_acts_for_it() {
        User u = user(Role.DELEGATION, Optional.of(Iso3.of("FRA")));
        assertThat(u.principal()).isEqualTo(new Principal("anna.k", Role.DELEGATION, Optional.of(Iso3.of("FRA"))));
        assertThat(u.viewer().clearance()).isEqualTo(RESTRICTED);
    }

    @Test
    void a_delegation_or_partner_user_without_a_nation_is_refused() {
        assertThatThrownBy(() -> user(Role.DELEGATION, Optional.empty())).hasMessageContaining("a DELEGATION user must be bound to a nation");
        assertThatThrownBy(() -> user(Role.PARTNER, Optional.empty())).hasMessageContaining("a PARTNER user must be bound to a nation");
    }

    @Test
    void a_user_of_another_role_with_a_nation_is_refused_and_the_nation_named() {
        assertThatThrownBy(() -> user(Role.ANALYST, Optional.of(Iso3.of("DEU"))))
                .hasMessageContaining("an ANALYST user must not be bound to a nation, got DEU");
    }

    @Test
    void no_user_may_have_the_system_role() {
        assertThatThrownBy(() -> user(Role.SYSTEM, Optional.empty())).hasMessageContaining("role SYSTEM is Concord itself");
    }

    @Test
    void a_printed_user_shows_no_password_hash() {
        String shown = user(Role.READER, Optional.empty()).disabled().toString();
        assertThat(shown).isEqualTo("User[anna.k, READER, clearance NATO RESTRICTED, disabled, created 2026-11-28T12:00:00Z]");
        assertThat(shown).doesNotContain("argon2").doesNotContain("7SkE");
    }

    @Test
    void a_disabled_user_can_be_enabled_again_unchanged_otherwise() {
        User u = user(Role.READER, Optional.empty());
        assertThat(u.disabled().enabled()).isFalse();
        assertThat(u.disabled().reenabled()).isEqualTo(u);
    }

    @Test
    void a_printed_password_shows_nothing_of_it() {
        assertThat(new Password("hunter2hunter2").toString()).isEqualTo("Password[redacted]");
        assertThatThrownBy(() -> new Password("x".repeat(4097))).hasMessageContaining("at most 4096 characters, got 4097");
    }
}
