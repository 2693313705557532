package org.concord.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.db;
import static org.concord.cli.CliIT.run;

/** {@code concord missions show ID --on DATE}: who led a mission on a day. */
class MissionsOnCliIT {

    @Test
    void show_names_the_lead_nation_on_the_day_asked_and_lists_every_dated_term() {
        String db = db();
        CliIT.Run earlier = run("missions", "show", "kfor", "--on", "2025-01-01", "--db", db);
        assertThat(earlier.code()).as(earlier.err()).isZero();
        assertThat(earlier.out()).contains("lead        [ITA] on 2025-01-01");
        CliIT.Run later = run("missions", "show", "kfor", "--on", "2026-01-01", "--db", db);
        assertThat(later.out()).contains("lead        [TUR] on 2026-01-01")
                .contains("TUR   COMKFOR  2023-10-10  2024-10-11")
                .contains("S39 S41 (SECONDARY)");
        assertThat(run("missions", "show", "kfor", "--on", "2010-01-01", "--db", db).out()).contains("lead        none recorded on 2010-01-01");
    }

    @Test
    void show_as_json_carries_the_lead_nations_of_the_day_and_the_dated_leads() {
        CliIT.Run json = run("missions", "show", "kfor", "--on", "2023-01-01", "--format", "json", "--db", db());
        assertThat(json.code()).isZero();
        assertThat(json.out().replaceAll("\\s+", "")).contains("\"leadNations\":[\"ITA\"]").contains("\"leads\":[");
    }

    @Test
    void a_malformed_on_date_is_a_usage_error() {
        CliIT.Run bad = run("missions", "show", "kfor", "--on", "2026-02-30", "--db", db());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--on").hasLineCount(1);
    }
}
