package org.concord.access.model;

import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassificationTest {
    private static final MarkingLadder NATO = MarkingLadder.NATO;

    @Test
    void the_default_ladder_runs_from_public_to_nato_secret() {
        assertThat(NATO.markings()).extracting(Marking::name)
                .containsExactly("PUBLIC", "NATO UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET");
        assertThat(NATO.lowest().isPublic()).isTrue();
        assertThat(NATO.marking("NATO RESTRICTED").atMost(NATO.marking("NATO CONFIDENTIAL"))).isTrue();
        assertThat(NATO.marking("NATO SECRET").atMost(NATO.marking("NATO CONFIDENTIAL"))).isFalse();
    }

    @Test
    void a_released_classification_is_read_and_printed_with_its_countries_in_order() {
        Classification c = Classification.parse("NATO RESTRICTED REL UKR, AUS", NATO);
        assertThat(c.marking()).isEqualTo(NATO.marking("NATO RESTRICTED"));
        assertThat(c.releasableTo()).containsExactlyInAnyOrder(Iso3.of("UKR"), Iso3.of("AUS"));
        assertThat(c.toString()).isEqualTo("NATO RESTRICTED REL AUS, UKR");
    }

    @Test
    void a_plain_marking_is_read_and_printed_alone() {
        assertThat(Classification.parse("PUBLIC", NATO)).isEqualTo(Classification.of(NATO.lowest()));
        assertThat(Classification.parse("PUBLIC", NATO).toString()).isEqualTo("PUBLIC");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nato restricted rel ukr,aus        | NATO RESTRICTED REL AUS, UKR",
            "  NATO   SECRET   REL TO  SWE ,FIN | NATO SECRET REL FIN, SWE",
            "NATO CONFIDENTIAL REL TON          | NATO CONFIDENTIAL REL TON",
            "NATO UNCLASSIFIED                  | NATO UNCLASSIFIED",
    })
    void case_spaces_and_an_optional_to_do_not_matter_when_reading(String text, String canonical) {
        assertThat(Classification.parse(text, NATO).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NATO TOP SECRET                  | unknown marking 'NATO TOP SECRET'; the levels are PUBLIC, NATO UNCLASSIFIED",
            "NATO RESTRICTED REL              | 'NATO RESTRICTED REL' has REL but lists no country",
            "NATO RESTRICTED REL TO           | has REL but lists no country",
            "NATO RESTRICTED REL UKR, XYZ     | 'XYZ' is not a known ISO 3166 alpha-3 code",
            "NATO RESTRICTED REL UKR,, AUS    | '' is not an ISO 3166 alpha-3 code",
            "NATO RESTRICTED REL UKR, UKR     | lists UKR twice",
            "PUBLIC REL UKR                   | PUBLIC is visible to everyone; it takes no REL list, got [UKR]",
            "NATO RESTRICTEDREL UKR           | unknown marking 'NATO RESTRICTEDREL UKR'",
            "''                               | a classification must not be blank",
    })
    void an_unreadable_classification_is_refused_with_the_offending_part(String text, String message) {
        assertThatThrownBy(() -> Classification.parse(text, NATO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUBLIC | NATO SECRET | NATO SECRET",
            "NATO SECRET | PUBLIC | NATO SECRET",
            "NATO RESTRICTED REL UKR | NATO SECRET | NATO SECRET",
            "NATO RESTRICTED REL UKR, AUS | NATO CONFIDENTIAL REL UKR | NATO CONFIDENTIAL REL UKR",
            "NATO SECRET REL AUS | NATO UNCLASSIFIED REL UKR | NATO SECRET",
            "PUBLIC | PUBLIC | PUBLIC"})
    void a_record_touching_two_others_carries_the_higher_marking_released_only_where_both_are(String a, String b, String joined) {
        Classification x = Classification.parse(a, NATO), y = Classification.parse(b, NATO);
        assertThat(x.join(y).toString()).isEqualTo(joined);
        assertThat(y.join(x).toString()).isEqualTo(joined);
    }

    @Test
    void another_organisation_configures_its_own_ladder() {
        MarkingLadder ladder = MarkingLadder.of(List.of("OPEN", "INTERNAL", "EU RESTRICTED", "EU CONFIDENTIAL"));
        Classification c = Classification.parse("EU RESTRICTED REL NOR", ladder);
        assertThat(c.marking().rank()).isEqualTo(2);
        assertThat(ladder.lowest().name()).isEqualTo("OPEN");
        assertThatThrownBy(() -> Classification.parse("NATO SECRET", ladder)).hasMessageContaining("the levels are OPEN, INTERNAL");
    }

    @Test
    void a_ladder_with_a_repeated_or_malformed_level_is_refused_with_the_level_named() {
        assertThatThrownBy(() -> MarkingLadder.of(List.of("OPEN", "SECRET", "OPEN"))).hasMessageContaining("marking 'OPEN' appears twice");
        assertThatThrownBy(() -> MarkingLadder.of(List.of("open"))).hasMessageContaining("marking 'open' must be 1-64 characters");
        assertThatThrownBy(() -> MarkingLadder.of(List.of("OPEN", "SECRET REL X"))).hasMessageContaining("must not contain the word REL");
        assertThatThrownBy(() -> MarkingLadder.of(List.of())).hasMessageContaining("1 to 32 levels, got 0");
    }

    @Test
    void a_classification_is_equal_to_another_with_the_same_countries_in_any_order() {
        Marking restricted = NATO.marking("NATO RESTRICTED");
        assertThat(new Classification(restricted, Set.of(Iso3.of("UKR"), Iso3.of("AUS"))))
                .isEqualTo(Classification.parse("NATO RESTRICTED REL AUS, UKR", NATO));
    }
}
