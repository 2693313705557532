package org.concord.store;

import org.concord.boot.Concord;
import org.concord.journal.Journal;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.concord.testing.TestDatabases.Kind;
import org.junit.jupiter.api.RepeatedTest;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.testing.Fixtures.ADMIN;

/** Two servers starting together on an empty PostgreSQL: one migrates and loads, the other waits; neither fails. */
class ConcurrentStartIT {

    @RepeatedTest(3)
    void two_processes_starting_together_on_an_empty_postgresql_both_start_and_the_register_is_loaded_once() throws Exception {
        String url = TestDatabases.fresh(Kind.POSTGRES);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Concord>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++)
            starts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                Concord c = Fixtures.on(url, Kind.POSTGRES, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
                c.loadDefaultsIfEmpty();
                return c;
            }));
        try (Concord a = starts.get(0).get(); Concord b = starts.get(1).get()) {
            assertThat(a.register().members(ADMIN, Optional.empty())).hasSize(32);
            assertThat(b.procedure().list(ADMIN, Optional.empty())).hasSameSizeAs(a.procedure().list(ADMIN, Optional.empty()));
            assertThat(b.journal().verify(ADMIN)).isInstanceOf(Journal.Verification.Intact.class);
            long loads = a.journal().list(ADMIN, Optional.of("member:FIN"), Optional.empty(), 0, 100).size();
            assertThat(loads).as("Finland recorded once").isEqualTo(1);
        }
    }
}
