package org.concord.access.model;

import org.concord.shared.Forbidden;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole authorization matrix, written out independently of {@link Policy}'s own table and checked cell by cell for
 * every role, every action and every nation the action can name (none, the principal's own, another).
 */
class PolicyMatrixTest {
    /*
     * yes   allowed, whatever nation the action names
     * -     denied
     * own   allowed only for the principal's own nation
     * chair allowed only in the actor's own name (the action names no nation)
     */
    private static final String MATRIX = """
            action                  ADMIN  CHAIR  DELEGATION  PARTNER  ANALYST  READER  SYSTEM
            READ_REGISTER           yes    yes    yes         yes      yes      yes     yes
            EDIT_REGISTER           yes    yes    -           -        -        -       -
            LOAD_DATA               yes    -      -           -        -        -       yes
            RAISE_ITEM              -      chair  own         -        -        -       -
            RECORD_POSITION         -      -      own         -        -        -       -
            BREAK_SILENCE           -      -      own         -        -        -       -
            WRITE_FOOTNOTE          -      -      own         -        -        -       -
            OPEN_SILENCE            -      yes    -           -        -        -       -
            CLOSE_SILENCE           -      yes    -           -        -        -       yes
            RECORD_STANCE           -      -      -           -        yes      -       -
            RECORD_REVIEW           -      yes    -           -        -        -       yes
            ANALYSE_PORTFOLIO       -      yes    -           -        yes      -       -
            RUN_FORECAST            -      yes    -           -        yes      -       -
            READ_JOURNAL            yes    yes    yes         -        yes      yes     yes
            MANAGE_OWN_CREDENTIALS  yes    yes    yes         yes      yes      yes     -
            MANAGE_USERS            yes    -      -           -        -        -       -
            READ_AUDIT              yes    -      -           -        -        -       -
            """;

    private static final Iso3 FRA = Iso3.of("FRA");
    private static final Iso3 DEU = Iso3.of("DEU");
    private static final Iso3 UKR = Iso3.of("UKR");

    private final Policy policy = Policy.standard();

    private static Map<ActionKind, Map<Role, String>> matrix() {
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        List<Role> columns = Arrays.stream(lines.getFirst().trim().split("\\s+")).skip(1).map(Role::valueOf).toList();
        Map<ActionKind, Map<Role, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            Map<Role, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) row.put(columns.get(i), cells[i + 1]);
            rows.put(ActionKind.valueOf(cells[0]), row);
        }
        return rows;
    }

    /** A DELEGATION speaks for France, a PARTNER for Ukraine; the other roles for no nation. */
    private static Principal principal(Role role) {
        return switch (role) {
            case DELEGATION -> new Principal("fra.del", role, Optional.of(FRA));
            case PARTNER -> new Principal("ukr.partner", role, Optional.of(UKR));
            default -> Principal.of(role.name().toLowerCase(java.util.Locale.ROOT), role);
        };
    }

    /** The nations an action of this kind can name, for this principal: none, its own, another. */
    private static List<Optional<Iso3>> nations(ActionKind kind, Principal who) {
        Iso3 own = who.nation().orElse(FRA);
        List<Optional<Iso3>> nations = new ArrayList<>();
        if (kind.scope() != ActionKind.Scope.NATION) nations.add(Optional.empty());
        if (kind.scope() != ActionKind.Scope.NONE) {
            nations.add(Optional.of(own));
            nations.add(Optional.of(own.equals(DEU) ? FRA : DEU));
        }
        return nations;
    }

    private static boolean expected(String cell, Principal who, Optional<Iso3> nation) {
        return switch (cell) {
            case "yes" -> true;
            case "-" -> false;
            case "own" -> who.nation().isPresent() && nation.equals(who.nation());
            case "chair" -> nation.isEmpty();
            default -> throw new IllegalArgumentException("unknown cell '" + cell + "' in the matrix");
        };
    }

    @Test
    void the_matrix_has_a_row_for_every_action_and_a_column_for_every_role() {
        Map<ActionKind, Map<Role, String>> matrix = matrix();
        assertThat(matrix.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ActionKind.class));
        matrix.values().forEach(row -> assertThat(row.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Role.class)));
    }

    @TestFactory
    Stream<DynamicTest> every_role_is_allowed_exactly_what_the_matrix_says_for_every_action_and_nation() {
        List<DynamicTest> tests = new ArrayList<>();
        matrix().forEach((kind, row) -> row.forEach((role, cell) -> {
            Principal who = principal(role);
            for (Optional<Iso3> nation : nations(kind, who)) {
                Action action = new Action(kind, nation);
                boolean allow = expected(cell, who, nation);
                tests.add(DynamicTest.dynamicTest(who.describe() + " " + action + " is " + (allow ? "allowed" : "denied"), () -> {
                    Decision decision = policy.decide(who, action);
                    if (allow) assertThat(decision).isEqualTo(new Decision.Allow());
                    else assertThat(decision).isInstanceOf(Decision.Deny.class);
                }));
            }
        }));
        assertThat(tests).hasSize(154);
        return tests.stream();
    }

    @Test
    void a_denial_names_the_role_the_action_and_the_nations() {
        assertThat(policy.decide(principal(Role.READER), Action.of(ActionKind.EDIT_REGISTER)))
                .isEqualTo(new Decision.Deny("a READER may not EDIT_REGISTER"));
        assertThat(policy.decide(principal(Role.DELEGATION), Action.of(ActionKind.BREAK_SILENCE, DEU)))
                .isEqualTo(new Decision.Deny("a DELEGATION of FRA may BREAK_SILENCE only for its own nation, not DEU"));
        assertThat(policy.decide(principal(Role.DELEGATION), Action.of(ActionKind.RAISE_ITEM)))
                .isEqualTo(new Decision.Deny("a DELEGATION of FRA may RAISE_ITEM only for its own nation, not in the chair's name"));
        assertThat(policy.decide(principal(Role.CHAIR), Action.of(ActionKind.RAISE_ITEM, FRA)))
                .isEqualTo(new Decision.Deny("a CHAIR may RAISE_ITEM only in its own name, not for FRA"));
    }

    @Test
    void a_denial_puts_an_before_a_role_that_starts_with_a_vowel() {
        assertThat(policy.decide(principal(Role.ANALYST), Action.of(ActionKind.MANAGE_USERS)))
                .isEqualTo(new Decision.Deny("an ANALYST may not MANAGE_USERS"));
        assertThat(policy.decide(principal(Role.ADMIN), Action.of(ActionKind.RECORD_STANCE)))
                .isEqualTo(new Decision.Deny("an ADMIN may not RECORD_STANCE"));
    }

    @Test
    void a_denial_becomes_forbidden_when_the_caller_asks_for_it() {
        assertThatThrownBy(() -> policy.decide(principal(Role.PARTNER), Action.of(ActionKind.READ_JOURNAL)).orThrow())
                .isInstanceOf(Forbidden.class).hasMessage("a PARTNER may not READ_JOURNAL");
    }

    @Test
    void an_action_must_name_a_nation_exactly_when_its_kind_requires_one() {
        assertThatThrownBy(() -> Action.of(ActionKind.RECORD_POSITION)).hasMessageContaining("RECORD_POSITION must name the nation");
        assertThatThrownBy(() -> Action.of(ActionKind.OPEN_SILENCE, FRA)).hasMessageContaining("OPEN_SILENCE is not done for a nation, got FRA");
    }

    @Test
    void the_printed_table_has_a_row_per_action_and_a_column_per_role() {
        String table = policy.markdownTable();
        assertThat(table.lines()).hasSize(2 + ActionKind.values().length);
        assertThat(table).startsWith("| Action | ADMIN | CHAIR | DELEGATION | PARTNER | ANALYST | READER | SYSTEM |\n|---|");
        assertThat(table).contains("| RAISE_ITEM | - | own name | own nation | - | - | - | - |");
    }
}
