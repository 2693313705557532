package org.concord.store;

import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A few rounds of the crash script ({@code scripts/crash-test.sh} runs 30): kill -9 under concurrent writes loses nothing acknowledged. */
class CrashRecoveryIT {

    private static void assertClean(CrashRounds.Options options) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CrashRounds.Report report = CrashRounds.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));
        String told = log.toString(StandardCharsets.UTF_8) + report;
        assertThat(report.acknowledged()).as(told).isPositive();
        assertThat(report.problems()).as(told).isEmpty();
        assertThat(report.lost()).as(told).isZero();
        assertThat(report.torn()).as(told).isZero();
    }

    @Test
    void kill_minus_nine_of_the_server_and_of_its_postmaster_loses_no_acknowledged_write_and_tears_no_commit_on_the_default_store(@TempDir Path home)
            throws Exception {
        assertClean(new CrashRounds.Options(2, 3, home, Optional.empty(), Optional.empty(), Optional.empty(), 7, Duration.ofMillis(300)));
    }

    @Test
    void kill_minus_nine_of_the_server_loses_no_acknowledged_write_and_tears_no_commit_on_postgresql(@TempDir Path home) throws Exception {
        TestDatabases.Kind pg = TestDatabases.Kind.POSTGRES;
        assertClean(new CrashRounds.Options(2, 3, home, Optional.of(TestDatabases.fresh(pg)), Optional.of(TestDatabases.user(pg)),
                Optional.of(TestDatabases.password(pg)), 7, Duration.ofMillis(300)));
    }
}
