package org.concord.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.db;
import static org.concord.cli.CliIT.run;

/** {@code concord portfolio}: the portfolio, a reset profile's analysis, and the chair's drafts with their forecasts. */
class PortfolioCliIT {

    @Test
    void show_lists_the_portfolio_and_reset_analyses_prepares_and_lists_the_drafts() {
        String db = db();
        CliIT.Run show = run("portfolio", "show", "--sort", "-personnel", "--db", db);
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("kfor", "EURO_ATLANTIC", "nmi", "BEYOND", "not sourced");
        assertThat(run("portfolio", "show", "--format", "csv", "--db", db).out()).startsWith("mission,status,core task,area");

        CliIT.Run reset = run("portfolio", "reset", "--as", "analyst", "--profile", "DETERRENCE_AND_DEFENCE_ONLY", "--by", "2030-12-31", "--db", db);
        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("4 missions touched", "4,500", "Totals cover only the missions you may see.", "ITA 852", "reset-dd-only-kfor");

        assertThat(run("portfolio", "reset", "--as", "analyst", "--profile", "DETERRENCE_AND_DEFENCE_ONLY", "--prepare-drafts", "--db", db).code()).isEqualTo(1);
        CliIT.Run prepared = run("portfolio", "reset", "--as", "chair", "--profile", "DETERRENCE_AND_DEFENCE_ONLY", "--by", "2030-12-31",
                "--prepare-drafts", "--db", db);
        assertThat(prepared.code()).as(prepared.err()).isZero();
        assertThat(prepared.out()).contains("4 drafts", "reset-dd-only-nmi", "DRAFT", "nmi-end");
        assertThat(run("portfolio", "drafts", "--profile", "DETERRENCE_AND_DEFENCE_ONLY", "--db", db).out()).contains("reset-dd-only-osg");

        CliIT.Run bad = run("portfolio", "reset", "--as", "analyst", "--profile", "PERSONNEL_CAP", "--db", db);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("cap").hasLineCount(1);
    }
}
