package org.concord.procedure.application;

import org.concord.boot.Concord;
import org.concord.journal.JournalEntry;
import org.concord.procedure.data.ActRequest;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.MutableClock;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Two Concord processes on one PostgreSQL race to close the same silence deadlines: each closes exactly once. */
class SilenceRaceIT {
    static final int ITEMS = 25;

    @Test
    void two_processes_close_each_due_silence_procedure_exactly_once(@TempDir Path dir) throws Exception {
        String url = TestDatabases.loaded(TestDatabases.Kind.POSTGRES, Fixtures.NOW);
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Principal chair = Principal.of("sg", Role.CHAIR);
        try (Concord setup = Fixtures.on(url, TestDatabases.Kind.POSTGRES, clock)) {
            for (int i = 0; i < ITEMS; i++) {
                String id = "statement-" + i;
                setup.procedure().raise(chair, new RaiseItemData(id, null, null, "CHAIR", "Statement " + i, "Text " + i,
                        new EffectRequest.AdoptStatement("Text " + i)));
                setup.procedure().openSilence(chair, ItemId.of(id), new ActRequest.OpenSilence(Fixtures.NOW.plus(Duration.ofHours(1)).toString(), 1L));
            }
        }
        Path go = dir.resolve("go");
        Instant later = Fixtures.NOW.plus(Duration.ofHours(2));
        List<Process> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            workers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                    SilenceRaceWorker.class.getName(), url, later.toString(), go.toString()).redirectErrorStream(true).start());
        }
        List<BufferedReader> outs = workers.stream().map(p -> new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))).toList();
        for (BufferedReader r : outs) assertThat(readUntil(r, "ready")).isNotNull();
        Files.createFile(go);
        int total = 0;
        for (int w = 0; w < workers.size(); w++) {
            String line = readUntil(outs.get(w), "closed ");
            assertThat(workers.get(w).waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(line).as("worker output").isNotNull();
            total += Integer.parseInt(line.substring("closed ".length()).trim());
        }
        assertThat(total).isEqualTo(ITEMS);
        try (Concord check = Fixtures.on(url, TestDatabases.Kind.POSTGRES, clock)) {
            List<JournalEntry> closes = check.journal().list(Fixtures.ADMIN, Optional.empty(), Optional.empty(), 0, 1000).stream()
                    .filter(e -> e.type().equals("SilenceClosed")).toList();
            Map<String, Long> perItem = closes.stream().collect(Collectors.groupingBy(JournalEntry::subject, Collectors.counting()));
            assertThat(perItem).hasSize(ITEMS).allSatisfy((item, n) -> assertThat(n).as(item).isEqualTo(1));
            assertThat(check.procedure().list(Fixtures.ADMIN, Optional.empty()).stream().filter(v -> v.id().startsWith("statement-")))
                    .allSatisfy(v -> assertThat(v.status()).isEqualTo("ADOPTED"));
            assertThat(check.journal().verify(Fixtures.ADMIN)).isInstanceOf(org.concord.journal.Journal.Verification.Intact.class);
        }
    }

    private static String readUntil(BufferedReader r, String prefix) throws java.io.IOException {
        String line;
        while ((line = r.readLine()) != null) if (line.startsWith(prefix)) return line;
        return null;
    }
}
