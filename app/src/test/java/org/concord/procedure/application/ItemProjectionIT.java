package org.concord.procedure.application;

import org.concord.boot.Concord;
import org.concord.journal.JournalEntry;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.model.DecisionItem;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.ProcedureEvent;
import org.concord.testing.Fixtures;
import org.concord.testing.MutableClock;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.procedure.application.ProcedureServiceIT.ALLIES;
import static org.concord.procedure.application.ProcedureServiceIT.CHAIR;
import static org.concord.procedure.application.ProcedureServiceIT.NMI_ITEM;
import static org.concord.procedure.application.ProcedureServiceIT.record;

/**
 * The items' projection against the journal it is kept from: what the projection and the snapshots serve must be
 * exactly what replaying the item's whole journal history gives.
 */
class ItemProjectionIT {
    static final List<String> KINDS = List.of("SUPPORT", "OBJECTION", "RESERVATION", "AD_REFERENDUM", "SUPPORT");

    /** The item rebuilt from every journal entry of its subject up to {@code asOf}, independently of the projection. */
    static Optional<ItemView> replayed(Concord c, ItemId id, Instant asOf) {
        List<ProcedureEvent> events = new ArrayList<>();
        long after = 0;
        while (true) {
            List<JournalEntry> page = c.journal().list(Fixtures.ADMIN, Optional.of("item:" + id.value()), Optional.empty(), after, 1000);
            for (JournalEntry e : page) {
                ProcedureEvent event = c.journalChain().payload(e, ProcedureEvent.class);
                if (!event.at().isAfter(asOf)) events.add(event);
            }
            if (page.size() < 1000) break;
            after = page.get(page.size() - 1).seq();
        }
        if (events.isEmpty()) return Optional.empty();
        DecisionItem item = DecisionItem.replay(events);
        return Optional.of(c.transactions().read(t -> ItemView.of(item, events.size(), "PUBLIC", item.consensusAt(new org.concord.register.application.DecisionEffects(c.journalChain()).membership(t), asOf))));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void an_item_read_now_or_as_of_any_instant_is_what_replaying_its_whole_journal_gives(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        try (Concord c = Fixtures.loaded(kind, clock)) {
            List<Instant> instants = new ArrayList<>(List.of(Instant.parse("2026-02-18T00:00:00Z"), Instant.parse("2026-02-19T00:00:00Z")));
            long version = c.procedure().show(CHAIR, NMI_ITEM, Optional.empty()).version();
            int acts = 2 * ItemHistory.SNAPSHOT_EVERY + 7; // past two snapshots
            for (int i = 0; i < acts; i++) {
                clock.advance(Duration.ofMinutes(1));
                version = record(c, NMI_ITEM, ALLIES.get(i % ALLIES.size()), KINDS.get(i % KINDS.size()), version).version();
                if (i % 17 == 0 || i >= ItemHistory.SNAPSHOT_EVERY - 2 && i <= ItemHistory.SNAPSHOT_EVERY + 1) {
                    instants.add(clock.instant());
                    instants.add(clock.instant().plusSeconds(30));
                }
            }
            instants.add(clock.instant());
            assertThat(version).isEqualTo(1 + acts);
            for (Instant at : instants)
                assertThat(Optional.of(c.procedure()).flatMap(p -> {
                    try {
                        return Optional.of(p.show(CHAIR, NMI_ITEM, Optional.of(at)));
                    } catch (org.concord.shared.NotFound none) {
                        return Optional.empty();
                    }
                })).as("as of " + at).isEqualTo(replayed(c, NMI_ITEM, at));
            assertThat(c.procedure().show(CHAIR, NMI_ITEM, Optional.empty())).isEqualTo(replayed(c, NMI_ITEM, clock.instant()).orElseThrow());
            ItemView listed = c.procedure().list(CHAIR, Optional.empty()).stream().filter(v -> v.id().equals(NMI_ITEM.value())).findFirst().orElseThrow();
            assertThat(listed).isEqualTo(replayed(c, NMI_ITEM, clock.instant()).orElseThrow().asListRow());
            assertThat(c.procedure().show(CHAIR, NMI_ITEM, Optional.empty()).positions()).hasSize(ALLIES.size());
            for (Instant at : instants)
                assertThat(c.procedure().list(CHAIR, Optional.of(at)).stream().filter(v -> v.id().equals(NMI_ITEM.value())).findFirst())
                        .as("listed as of " + at).isEqualTo(replayed(c, NMI_ITEM, at).map(ItemView::asListRow));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_database_from_before_the_projection_gets_it_from_the_journal_at_start(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        String url = TestDatabases.loaded(kind, Fixtures.NOW);
        List<ItemView> before;
        List<ItemView> beforeAsOf;
        Instant middle;
        try (Concord c = Fixtures.on(url, kind, clock)) {
            long version = c.procedure().show(CHAIR, NMI_ITEM, Optional.empty()).version();
            for (int i = 0; i < ItemHistory.SNAPSHOT_EVERY + 3; i++) {
                clock.advance(Duration.ofMinutes(1));
                version = record(c, NMI_ITEM, ALLIES.get(i % ALLIES.size()), KINDS.get(i % KINDS.size()), version).version();
            }
            middle = clock.instant().minusSeconds(90);
            before = c.procedure().list(CHAIR, Optional.empty());
            beforeAsOf = c.procedure().list(CHAIR, Optional.of(middle));
            // what a database written before the projection existed holds: the index columns only
            c.database().jdbi().useHandle(h -> {
                h.execute("UPDATE decision_item SET proposer = NULL, body = NULL, marking = NULL, last_seq = NULL, item_state = NULL, item_summary = NULL");
                h.execute("DELETE FROM decision_item_target");
                h.execute("DELETE FROM decision_item_snapshot");
            });
        }
        try (Concord restarted = Fixtures.on(url, kind, clock)) {
            assertThat(restarted.procedure().list(CHAIR, Optional.empty())).isEqualTo(before);
            assertThat(restarted.procedure().list(CHAIR, Optional.of(middle))).isEqualTo(beforeAsOf);
            assertThat(restarted.procedure().list(CHAIR, new DecisionItems.Filter(java.util.Set.of(), null, null, "USA", "kfor", null), Optional.empty()))
                    .extracting(ItemView::id).containsExactly("kfor-reduction-2026");
            assertThat(restarted.procedure().list(CHAIR, new DecisionItems.Filter(java.util.Set.of(), "nac", "PUBLIC", null, null, "KOSOVO FORCE"), Optional.empty()))
                    .extracting(ItemView::id).containsExactly("kfor-reduction-2026");
            assertThat(restarted.procedure().list(CHAIR, new DecisionItems.Filter(java.util.Set.of(), null, null, null, null, "100%_"), Optional.empty())).isEmpty();
            int snapshots = restarted.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM decision_item_snapshot").mapTo(Integer.class).one());
            assertThat(snapshots).isEqualTo(1);
        }
    }
}
