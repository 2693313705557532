package org.concord.cli;

import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.run;

/** The consensus procedure scripted through the command line, as a secretariat would. */
class ItemsCliIT {
    static final List<String> ALLIES = List.of("BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA",
            "GRC", "TUR", "DEU", "ESP", "CZE", "HUN", "POL", "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN", "ALB", "HRV", "MNE", "MKD", "FIN", "SWE");

    @Test
    void thirty_one_supports_and_one_objection_do_not_adopt_and_lifting_the_objection_does() {
        String db = TestDatabases.migrated(TestDatabases.Kind.H2);
        CliIT.Run raised = run("items", "raise", "--db", db, "--as", "delegation:USA", "--id", "osg-end", "--proposer", "USA",
                "--subject", "End Operation Sea Guardian", "--text", "The Council decides to end Operation Sea Guardian by 30 June 2027.",
                "--effect", "TERMINATE_MISSION", "--mission", "osg", "--end-date", "2027-06-30");
        assertThat(raised.code()).as(raised.err()).isZero();
        assertThat(raised.out()).contains("osg-end  (version 1)");
        int version = 1;
        for (String ally : ALLIES) {
            CliIT.Run r = run("items", "position", "osg-end", "--db", db, "--as", "delegation:" + ally, "--member", ally,
                    "--position", ally.equals("TUR") ? "OBJECTION" : "SUPPORT", "--version", Integer.toString(version));
            assertThat(r.code()).as(r.err()).isZero();
            version++;
        }
        CliIT.Run refused = run("items", "adopt", "osg-end", "--db", db, "--as", "chair", "--version", Integer.toString(version));
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("concord: R1").contains("TUR");
        assertThat(run("missions", "show", "osg", "--db", db).out()).contains("status      ACTIVE");

        CliIT.Run lifted = run("items", "position", "osg-end", "--db", db, "--as", "delegation:TUR", "--member", "TUR",
                "--position", "SUPPORT_WITH_STATEMENT", "--footnote", "Türkiye expects maritime security tasks to continue nationally.",
                "--version", Integer.toString(version));
        assertThat(lifted.code()).as(lifted.err()).isZero();
        version++;
        CliIT.Run adopted = run("items", "adopt", "osg-end", "--db", db, "--as", "chair", "--version", Integer.toString(version));
        assertThat(adopted.code()).as(adopted.err()).isZero();
        assertThat(adopted.out()).contains("status      ADOPTED, sealed").contains("footnote  TUR: Türkiye expects");
        assertThat(run("missions", "show", "osg", "--db", db).out()).contains("status      DRAWING_DOWN").contains("scheduled   end 2027-06-30");
        assertThat(run("journal", "list", "--db", db, "--item", "osg-end").out()).contains("ItemAdopted").contains("ItemSealed");
        assertThat(run("journal", "verify", "--db", db).code()).isZero();
    }

    @Test
    void a_delegation_cannot_speak_for_another_nation_and_bad_actors_are_usage_errors() {
        String db = TestDatabases.migrated(TestDatabases.Kind.H2);
        CliIT.Run r = run("items", "position", "nmi-termination-2026", "--db", db, "--as", "delegation:FRA", "--member", "DEU",
                "--position", "SUPPORT", "--version", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("concord: a DELEGATION of FRA may RECORD_POSITION only for its own nation, not DEU");
        assertThat(run("items", "adopt", "nmi-termination-2026", "--db", db, "--as", "delegation", "--version", "1").err())
                .contains("--as: delegation needs a nation");
        assertThat(run("items", "adopt", "nmi-termination-2026", "--db", db, "--version", "1").code()).isEqualTo(2);
        assertThat(run("items", "list", "--db", db).out()).contains("nmi-termination-2026").contains("ankara-partners-2026");
    }

    @Test
    void the_chair_excludes_one_state_under_the_osce_configuration_and_not_under_nato() {
        String osce = TestDatabases.migrated(TestDatabases.Kind.H2);
        CliIT.Run imported = run("import", Fixtures.example("osce-2026.yaml").toString(), "--db", osce);
        assertThat(imported.code()).as(imported.err()).isZero();
        CliIT.Run raised = run("items", "raise", "--db", osce, "--as", "chair", "--id", "pc-statement", "--proposer", "CHAIR",
                "--subject", "Permanent Council statement", "--text", "The Permanent Council adopts the statement.", "--effect", "ADOPT_STATEMENT");
        assertThat(raised.code()).as(raised.err()).isZero();
        CliIT.Run excluded = run("items", "exclude", "pc-statement", "--db", osce, "--as", "chair", "--member", "RUS",
                "--basis", "Prague Document 1992", "--version", "1");
        assertThat(excluded.code()).as(excluded.err()).isZero();
        assertThat(excluded.out()).contains("excluded    RUS (consensus-minus-one)").contains("56 members required");

        String nato = TestDatabases.migrated(TestDatabases.Kind.H2);
        CliIT.Run refused = run("items", "exclude", "nmi-termination-2026", "--db", nato, "--as", "chair", "--member", "USA",
                "--basis", "none", "--version", "1");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("R2").contains("no consensus-minus-one");
    }
}
