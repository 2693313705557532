package org.concord.intel;

import org.concord.boot.Concord;
import org.concord.forecast.model.IssueId;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.shared.Violation;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.concord.testing.Fixtures.ADMIN;

/** Recording and listing reported stances, on the built-in data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StanceServiceIT {
    static final Principal ANALYST = Principal.of("ann", Role.ANALYST);
    Concord concord;
    StanceService stances;

    @BeforeAll
    void load() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        stances = concord.stances();
    }

    @AfterAll
    void close() { concord.close(); }

    static StanceData stance(String issue, String actor, String group, String date, String grade, Double position, String quote) {
        return new StanceData(null, issue, actor, group, date, "a diplomat, to a newspaper", grade, null, position, quote, null, List.of("S17"));
    }

    static List<String> fields(InvalidInput e) { return e.violations().stream().map(Violation::field).toList(); }

    @Test
    void the_built_in_data_brings_the_twelve_stances_of_the_article() {
        List<StanceData> all = stances.list(ADMIN, Optional.empty()).stream().filter(x -> x.reportedOn().equals("2026-02-19")).toList();
        assertThat(all).hasSize(12); // other tests of this class add stances of later dates
        List<StanceData> nmi = stances.list(ADMIN, Optional.of(IssueId.of("nmi-end"))).stream().filter(x -> x.reportedOn().equals("2026-02-19")).toList();
        assertThat(nmi).extracting(s -> s.actor() != null ? s.actor() : s.group())
                .containsExactly("USA", "UNKNOWN_ALLY", "MOST_ALLIES", "SECRETARIAT");
        StanceData usa = nmi.getFirst();
        assertThat(usa.grade()).isEqualTo("B2");
        assertThat(usa.position()).isEqualTo(0.0);
        assertThat(usa.sources()).containsExactly("S17", "S20");
        assertThat(usa.gradeNote()).contains("Two of the four diplomats");
    }

    @Test
    void an_analyst_records_a_stance_that_is_listed_and_journaled() {
        StanceData s = stances.record(ANALYST, stance("kfor-size", "DEU", null, "2026-03-02", "C3", 85.0, "KFOR stays as long as needed"));
        assertThat(s.id()).isNotNull();
        assertThat(stances.list(ADMIN, Optional.of(IssueId.of("kfor-size")))).contains(s);
        assertThat(concord.journal().list(ADMIN, Optional.of("issue:kfor-size"), Optional.empty(), 0, 100).getLast().type())
                .isEqualTo("StanceReported");
        StanceData group = stances.record(ANALYST, stance("kfor-size", null, "most_allies", "2026-03-02", "B3", 70.0, "most want to stay"));
        assertThat(group.group()).isEqualTo("MOST_ALLIES");
    }

    @Test
    void a_bad_stance_names_every_bad_field_and_writes_nothing() {
        int before = stances.list(ADMIN, Optional.empty()).size();
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> stances.record(ANALYST,
                new StanceData(7L, "", null, null, "19-02-2026", " ", "G7", null, 101.0, "", null, List.of("no key!"))));
        assertThat(fields(e)).containsExactlyInAnyOrder("id", "issue", "actor", "reportedOn", "source", "grade", "position", "quote", "sources[0]");

        InvalidInput both = catchThrowableOfType(InvalidInput.class,
                () -> stances.record(ANALYST, stance("nmi-end", "DEU", "MOST_ALLIES", "2026-02-19", "B2", 50.0, "q")));
        assertThat(fields(both)).containsExactly("group");

        InvalidInput register = catchThrowableOfType(InvalidInput.class, () -> stances.record(ANALYST,
                new StanceData(null, "atlantis", "AUT", null, "2027-01-01", "s", "B2", null, 50.0, "q", null, List.of("S99"))));
        assertThat(fields(register)).containsExactly("issue", "actor", "reportedOn", "sources[0]");
        assertThat(register.getMessage()).contains("'AUT' is not a member").contains("must not be after today").contains("'S99' is not in the source catalogue");

        InvalidInput group = catchThrowableOfType(InvalidInput.class,
                () -> stances.record(ANALYST, stance("nmi-end", null, "NORDICS", "2026-02-19", "B2", 50.0, "q")));
        assertThat(fields(group)).containsExactly("group");
        assertThat(stances.list(ADMIN, Optional.empty())).hasSize(before);
    }

    @Test
    void listing_an_unknown_issue_is_refused_by_name() {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> stances.list(ADMIN, Optional.of(IssueId.of("atlantis"))));
        assertThat(fields(e)).containsExactly("issue");
    }

    @Test
    void only_analysts_record_stances_and_the_chair_stays_neutral() {
        StanceData s = stance("nmi-end", "DEU", null, "2026-02-19", "B2", 50.0, "q");
        assertThatThrownBy(() -> stances.record(Principal.of("r", Role.READER), s)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> stances.record(Principal.delegation("d", Iso3.of("DEU")), s)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> stances.record(Principal.of("c", Role.CHAIR), s)).isInstanceOf(Forbidden.class);
        assertThat(stances.record(ANALYST, stance("nmi-end", "DEU", null, "2026-02-21", "B2", 50.0, "q")).id()).isNotNull();
    }
}
