package org.concord.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnglishTest {
    @Test
    void a_word_that_starts_with_a_vowel_takes_an_and_any_other_takes_a() {
        assertThat(English.withArticle(Role.ANALYST)).isEqualTo("an ANALYST");
        assertThat(English.withArticle(Role.ADMIN)).isEqualTo("an ADMIN");
        assertThat(English.withArticle("ACTIVE")).isEqualTo("an ACTIVE");
        assertThat(English.withArticle("ItemRaised")).isEqualTo("an ItemRaised");
        assertThat(English.withArticle(Role.READER)).isEqualTo("a READER");
        assertThat(English.withArticle(Role.DELEGATION)).isEqualTo("a DELEGATION");
        assertThat(English.withArticle("TERMINATED")).isEqualTo("a TERMINATED");
    }

    @Test
    void a_missing_or_blank_word_is_refused() {
        assertThatThrownBy(() -> English.withArticle(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> English.withArticle(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }
}
