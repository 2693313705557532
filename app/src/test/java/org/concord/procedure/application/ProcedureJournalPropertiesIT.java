package org.concord.procedure.application;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.concord.boot.Concord;
import org.concord.journal.Journal;
import org.concord.procedure.data.ActRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.PositionData;
import org.concord.procedure.model.ItemId;
import org.concord.shared.ConcordException;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.MutableClock;
import org.concord.testing.TestDatabases;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of official acts through the service and the database: after every act the journal verifies, a
 * second Concord on the same database (a restart) rebuilds exactly the same item from the journal, nothing is adopted
 * while an objection or a reservation stands, and a sealed item never changes again.
 */
class ProcedureJournalPropertiesIT {
    static final List<String> MEMBERS = ProcedureServiceIT.ALLIES;
    static final ItemId ITEM = ItemId.of("public-forum-2026-cancellation");
    static final Principal CHAIR = Principal.of("sg", Role.CHAIR);

    sealed interface Act {
        record Position(String member, String kind) implements Act {}

        record OpenSilence(int hours) implements Act {}

        record Break(String member) implements Act {}

        record Adopt() implements Act {}

        record NewText() implements Act {}

        record Wait(int hours) implements Act {}
    }

    @Provide
    Arbitrary<List<Act>> actSequences() { return acts().list().ofMinSize(5).ofMaxSize(25); }

    Arbitrary<Act> acts() {
        Arbitrary<String> member = Arbitraries.of(MEMBERS);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Combinators.combine(member, Arbitraries.of("SUPPORT", "OBJECTION", "RESERVATION", "AD_REFERENDUM", "SILENT"))
                        .as(Act.Position::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 48).map(Act.OpenSilence::new)),
                net.jqwik.api.Tuple.of(2, member.map(Act.Break::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Act.Adopt())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Act.NewText())),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 72).map(Act.Wait::new)));
    }

    @Property(tries = 12, seed = "20261128")
    void the_journal_verifies_and_a_restart_rebuilds_the_same_item_after_every_act(@ForAll("actSequences") List<Act> acts) {
        String url = TestDatabases.loaded(TestDatabases.Kind.H2, Fixtures.NOW);
        MutableClock clock = new MutableClock(Fixtures.NOW);
        try (Concord c = Fixtures.on(url, TestDatabases.Kind.H2, clock)) {
            ItemView sealedView = null;
            for (Act act : acts) {
                ItemView before = c.procedure().show(CHAIR, ITEM, Optional.empty());
                clock.advance(Duration.ofMinutes(1));
                try {
                    apply(c, act, before.version(), clock);
                } catch (ConcordException refused) {
                    // a refusal is a value of the procedure, not a failure of the property
                }
                c.procedure().closeDueSilences(Principal.system());
                ItemView now = c.procedure().show(CHAIR, ITEM, Optional.empty());

                assertThat(c.journal().verify(Fixtures.ADMIN)).as("after %s", act).isInstanceOf(Journal.Verification.Intact.class);
                try (Concord restarted = Fixtures.on(url, TestDatabases.Kind.H2, clock)) {
                    assertThat(restarted.procedure().show(CHAIR, ITEM, Optional.empty())).as("rebuilt after %s", act).isEqualTo(now);
                    // read as of now, the item is rebuilt from its journal entries (and snapshots), not from the projection
                    assertThat(restarted.procedure().show(CHAIR, ITEM, Optional.of(clock.instant()))).as("replayed after %s", act).isEqualTo(now);
                }
                if (sealedView != null) assertThat(now).as("sealed item changed by %s", act).isEqualTo(sealedView);
                if (now.sealed() && sealedView == null) sealedView = now;
                net.jqwik.api.statistics.Statistics.label("status after an act").collect(now.status());
                if ("ADOPTED".equals(now.status()) && !"ADOPTED".equals(before.status()))
                    assertThat(now.positions()).as("adopted over a standing objection or reservation")
                            .noneMatch(p -> List.of("OBJECTION", "RESERVATION", "AD_REFERENDUM").contains(p.position()));
            }
        }
    }

    private static void apply(Concord c, Act act, long version, MutableClock clock) {
        switch (act) {
            case Act.Position p -> c.procedure().recordPosition(Principal.delegation(p.member().toLowerCase(), Iso3.of(p.member())), ITEM,
                    Iso3.of(p.member()), new PositionData(p.kind(), null, null, null, null, null, null, version), version);
            case Act.OpenSilence o -> c.procedure().openSilence(CHAIR, ITEM,
                    new ActRequest.OpenSilence(clock.instant().plus(Duration.ofHours(o.hours())).toString(), version));
            case Act.Break b -> c.procedure().breakSilence(Principal.delegation(b.member().toLowerCase(), Iso3.of(b.member())), ITEM,
                    Iso3.of(b.member()), new ActRequest.BreakSilence("LETTER", b.member() + "/" + version, version));
            case Act.Adopt a -> c.procedure().adopt(CHAIR, ITEM, version);
            case Act.NewText t -> c.procedure().addText(CHAIR, ITEM, new ActRequest.AddText("Revised text " + version, version));
            case Act.Wait w -> clock.advance(Duration.ofHours(w.hours()));
        }
    }
}
