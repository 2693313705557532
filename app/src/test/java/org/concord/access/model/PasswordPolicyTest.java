package org.concord.access.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {
    private static final UserName ANNA = UserName.of("anna.k");
    private final PasswordPolicy policy = PasswordPolicy.STANDARD;

    private PasswordCheck check(String password) { return policy.check(new Password(password), ANNA); }

    @Test
    void a_long_passphrase_is_accepted() {
        assertThat(check("correct horse battery staple")).isEqualTo(new PasswordCheck.Accepted());
    }

    @Test
    void twelve_characters_are_enough_and_eleven_are_not() {
        assertThat(check("abcdefghijkl")).isEqualTo(new PasswordCheck.Accepted());
        assertThat(check("abcdefghijk")).isEqualTo(new PasswordCheck.Rejected("the password has 11 characters; at least 12 are needed"));
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        // Eleven emoji are 22 UTF-16 units but 11 characters.
        assertThat(check("\uD83D\uDE00".repeat(11))).isInstanceOf(PasswordCheck.Rejected.class);
    }

    @Test
    void a_single_repeated_character_is_refused_whatever_its_length() {
        assertThat(check("a".repeat(40))).isEqualTo(new PasswordCheck.Rejected("the password repeats a single character"));
    }

    @Test
    void a_password_containing_the_user_name_is_refused() {
        assertThat(check("my name is ANNA.K ok?")).isEqualTo(new PasswordCheck.Rejected("the password contains the user name"));
    }

    @Test
    void an_overlong_password_is_refused_with_its_length() {
        assertThat(check("ab".repeat(513))).isEqualTo(new PasswordCheck.Rejected("the password has 1026 characters; at most 1024 are accepted"));
    }

    @Test
    void a_policy_with_a_maximum_below_its_minimum_is_refused() {
        assertThatThrownBy(() -> new PasswordPolicy(12, 8)).hasMessageContaining("maxLength must be from 12 to 4096, got 8");
    }
}
