package org.concord.bench.load;

import org.concord.boot.Concord;
import org.concord.boot.Settings;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.PositionData;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes journal history through Concord's application services, on the database {@code concord serve} would open
 * with the same environment ({@code CONCORD_HOME}, {@code CONCORD_DB_URL}, ...): raises public decision items
 * {@code load-0001}, ... until there are {@code --items}, optionally times {@code --measure-writes} position writes by
 * one writer and by {@code --writers} writers at once, then records official positions round-robin until the journal
 * holds {@code --entries} entries. Prints one {@code key=value} line per figure.
 * <p>
 * Usage: {@code java -cp benchmarks.jar org.concord.bench.load.History --items 580 --entries 50000 [--writers 4] [--measure-writes 400]}
 */
public final class History {
    private static final List<String> ALLIES = List.of("BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA",
            "GRC", "TUR", "DEU", "ESP", "CZE", "HUN", "POL", "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN", "ALB", "HRV", "MNE", "MKD", "FIN", "SWE");
    private static final List<String> KINDS = List.of("SUPPORT", "OBJECTION", "RESERVATION", "AD_REFERENDUM");
    private static final Principal CHAIR = Principal.of("load-generator", Role.CHAIR);

    private final Concord concord;
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final AtomicLong turn = new AtomicLong();

    private History(Concord concord) { this.concord = concord; }

    public static void main(String[] args) throws Exception {
        int items = intArg(args, "--items", 580);
        long entries = intArg(args, "--entries", 0);
        int writers = intArg(args, "--writers", 4);
        int measure = intArg(args, "--measure-writes", 0);
        try (Concord c = Concord.open(Settings.fromEnvironment(System.getenv(), Optional.empty()))) {
            c.loadDefaultsIfEmpty();
            History h = new History(c);
            h.raiseUpTo(items);
            if (measure > 0) {
                System.out.printf("writes_one_writer_per_s=%.0f%n", h.timedWrites(1, measure));
                System.out.printf("writes_%d_writers_per_s=%.0f%n", writers, h.timedWrites(writers, measure));
            }
            while (c.journal().head(Principal.system()) < entries) {
                long missing = entries - c.journal().head(Principal.system());
                h.timedWrites(writers, (int) Math.min(missing, 2_000));
            }
            System.out.println("journal_entries=" + c.journal().head(Principal.system()));
            System.out.println("items=" + h.versions.size());
        }
    }

    private void raiseUpTo(int items) {
        for (ItemView v : concord.procedure().list(Principal.system(), Optional.empty()))
            if (v.id().startsWith("load-")) versions.put(v.id(), v.version());
        EffectRequest effect = new EffectRequest.AdoptStatement("The Council states.");
        for (int i = versions.size() + 1; i <= items; i++) {
            String id = String.format("load-%04d", i);
            ItemView v = concord.procedure().raise(CHAIR, new RaiseItemData(id, null, null, "CHAIR", "Load statement number " + i,
                    "The Council states.", effect, "PUBLIC"));
            versions.put(v.id(), v.version());
        }
    }

    /** {@code count} position writes by {@code writers} threads on disjoint items; @return writes per second */
    private double timedWrites(int writers, int count) throws Exception {
        List<String> ids = versions.keySet().stream().sorted().toList();
        if (ids.isEmpty()) throw new IllegalStateException("no load items: pass --items");
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            int share = count / writers + (writer < count % writers ? 1 : 0);
            done.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) write(ids, writer, writers);
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private void write(List<String> ids, int writer, int writers) {
        long n = turn.getAndIncrement();
        int slots = Math.max(1, ids.size() / writers);
        String id = ids.get((int) ((n % slots) * writers + writer) % ids.size());
        String member = ALLIES.get((int) (n / slots % ALLIES.size()));
        String kind = KINDS.get((int) (n % KINDS.size()));
        long version = versions.get(id);
        for (int attempt = 1; ; attempt++) {
            try {
                ItemView v = concord.procedure().recordPosition(Principal.delegation(member.toLowerCase() + "-delegate", Iso3.of(member)), ItemId.of(id),
                        Iso3.of(member), new PositionData(kind, null, null, null, null, null, null, version), version);
                versions.put(id, v.version());
                return;
            } catch (RuntimeException e) {
                // a busy machine can hold the journal head past the embedded store's lock timeout: the write rolled back, try again
                if (attempt == 5 || !String.valueOf(e.getMessage()).contains("lock")) throw e;
            }
        }
    }

    private static int intArg(String[] args, String name, int dflt) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
        return dflt;
    }
}
