package org.concord.procedure.application;

import org.concord.boot.Concord;
import org.concord.boot.Settings;
import org.concord.shared.Principal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A second (and third) Concord process for {@link SilenceRaceIT}: opens the shared PostgreSQL with a clock past
 * every deadline, waits for the start signal, closes what is due, and prints how many items it closed.
 */
public final class SilenceRaceWorker {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        Instant now = Instant.parse(args[1]);
        Path go = Path.of(args[2]);
        try (Concord c = Concord.open(new Settings(Path.of("target"), Optional.of(url), Optional.of("postgres"), Optional.of("postgres"),
                Optional.empty(), Clock.fixed(now, ZoneOffset.UTC)))) {
            System.out.println("ready");
            System.out.flush();
            long until = System.nanoTime() + 60_000_000_000L;
            while (!Files.exists(go) && System.nanoTime() < until) Thread.onSpinWait();
            int closed = c.procedure().closeDueSilences(Principal.system()).size();
            System.out.println("closed " + closed);
        }
    }
}
