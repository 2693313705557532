package org.concord.procedure.application;

import org.concord.boot.Concord;
import org.concord.boot.SilenceScheduler;
import org.concord.journal.Journal;
import org.concord.procedure.data.ActRequest;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.PositionData;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.EventId;
import org.concord.register.model.EventStatus;
import org.concord.register.model.InvitationStatus;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.shared.CalendarDate;
import org.concord.register.model.SessionId;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.MutableClock;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consensus procedure end to end through the application service, on both databases. */
class ProcedureServiceIT {
    static final List<String> ALLIES = List.of("BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA",
            "GRC", "TUR", "DEU", "ESP", "CZE", "HUN", "POL", "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN", "ALB", "HRV", "MNE", "MKD", "FIN", "SWE");
    static final Principal CHAIR = Principal.of("sg", Role.CHAIR);
    static final ItemId NMI_ITEM = ItemId.of("nmi-termination-2026");

    static Principal delegation(String iso3) { return Principal.delegation(iso3.toLowerCase() + "-delegate", Iso3.of(iso3)); }

    static PositionData position(String kind, long version) { return new PositionData(kind, null, null, null, null, null, null, version); }

    static ItemView record(Concord c, ItemId item, String member, String kind, long version) {
        return c.procedure().recordPosition(delegation(member), item, Iso3.of(member), position(kind, version), version);
    }

    static long journalSize(Concord c) {
        return ((Journal.Verification.Intact) c.journal().verify(Fixtures.ADMIN)).entries();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void one_objection_among_32_blocks_and_lifting_it_adopts_and_terminates_the_mission(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        try (Concord c = Fixtures.loaded(kind, clock)) {
            clock.advance(Duration.ofHours(1));
            ItemView v = c.procedure().show(CHAIR, NMI_ITEM, Optional.empty());
            assertThat(v.proposer()).isEqualTo("USA");
            long version = v.version();
            for (String ally : ALLIES) version = record(c, NMI_ITEM, ally, ally.equals("ITA") ? "OBJECTION" : "SUPPORT", version).version();
            ItemView blocked = c.procedure().show(CHAIR, NMI_ITEM, Optional.empty());
            assertThat(blocked.consensus().reached()).isFalse();
            assertThat(blocked.consensus().blocking()).containsExactly("ITA");
            long before = journalSize(c);
            long stuck = version;
            assertThatThrownBy(() -> c.procedure().adopt(CHAIR, NMI_ITEM, stuck)).isInstanceOf(Conflict.class).hasMessageStartingWith("R1");
            assertThat(journalSize(c)).isEqualTo(before);
            assertThat(c.register().mission(Fixtures.ADMIN, MissionId.of("nmi")).status()).isEqualTo(MissionStatus.ACTIVE);

            version = record(c, NMI_ITEM, "ITA", "SUPPORT", version).version();
            ItemView adopted = c.procedure().adopt(CHAIR, NMI_ITEM, version);
            assertThat(adopted.status()).isEqualTo("ADOPTED");
            assertThat(adopted.sealed()).isTrue();
            var nmi = c.register().mission(Fixtures.ADMIN, MissionId.of("nmi"));
            assertThat(nmi.status()).isEqualTo(MissionStatus.TERMINATED);
            assertThat(nmi.end()).contains(CalendarDate.parse("2026-09-30"));
            assertThat(c.journal().verify(Fixtures.ADMIN)).isInstanceOf(Journal.Verification.Intact.class);

            Instant beforeTheDebate = Fixtures.NOW.plusSeconds(60);
            ItemView then = c.procedure().show(CHAIR, NMI_ITEM, Optional.of(beforeTheDebate));
            assertThat(then.status()).isEqualTo("OPEN");
            assertThat(then.positions()).isEmpty();
            assertThat(then.version()).isEqualTo(1);
            assertThat(c.register().missionAsRecorded(Fixtures.ADMIN, MissionId.of("nmi"), beforeTheDebate).status()).isEqualTo(MissionStatus.ACTIVE);
            assertThat(c.register().missionAsRecorded(Fixtures.ADMIN, MissionId.of("nmi"), clock.instant()).status()).isEqualTo(MissionStatus.TERMINATED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_delegation_speaks_only_for_its_own_nation_and_nothing_is_written_on_refusal(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            long before = journalSize(c);
            assertThatThrownBy(() -> c.procedure().recordPosition(delegation("FRA"), NMI_ITEM, Iso3.of("DEU"), position("SUPPORT", 1), 1L))
                    .isInstanceOf(Forbidden.class).hasMessageContaining("only for its own nation");
            assertThat(journalSize(c)).isEqualTo(before + 1);
            var last = c.journal().list(Fixtures.ADMIN, Optional.empty(), Optional.empty(), before, 10);
            assertThat(last).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("AccessDenied");
                assertThat(e.subject()).isEqualTo("audit:fra-delegate");
            });
            assertThat(c.procedure().show(CHAIR, NMI_ITEM, Optional.empty()).version()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_stale_version_gets_a_conflict(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            record(c, NMI_ITEM, "FRA", "SUPPORT", 1);
            assertThatThrownBy(() -> record(c, NMI_ITEM, "DEU", "SUPPORT", 1)).isInstanceOf(Conflict.class).hasMessageContaining("version 2, not 1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_silence_procedure_with_no_break_is_adopted_at_its_deadline_and_the_effect_applied(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        try (Concord c = Fixtures.loaded(kind, clock)) {
            ItemId item = ItemId.of("public-forum-2026-cancellation");
            Instant deadline = Fixtures.NOW.plus(Duration.ofHours(48));
            ItemView open = c.procedure().openSilence(CHAIR, item, new ActRequest.OpenSilence(deadline.toString(), 1L));
            assertThat(open.status()).isEqualTo("UNDER_SILENCE");
            assertThat(c.procedure().closeDueSilences(Principal.system())).isEmpty();

            clock.advance(Duration.ofHours(49));
            List<ItemView> closed = c.procedure().closeDueSilences(Principal.system());
            assertThat(closed).extracting(ItemView::id).containsExactly(item.value());
            ItemView adopted = c.procedure().show(CHAIR, item, Optional.empty());
            assertThat(adopted.status()).isEqualTo("ADOPTED");
            assertThat(adopted.adoption().adoptedAt()).isEqualTo(deadline);
            assertThat(c.register().event(Fixtures.ADMIN, EventId.of("public-forum-2026")).status()).isEqualTo(EventStatus.CANCELLED);
            assertThat(c.procedure().closeDueSilences(Principal.system())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_break_before_the_deadline_ends_in_silence_broken_and_a_late_break_changes_nothing(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        try (Concord c = Fixtures.loaded(kind, clock)) {
            ItemId item = ItemId.of("ankara-partners-2026");
            Instant deadline = Fixtures.NOW.plus(Duration.ofHours(24));
            c.procedure().openSilence(CHAIR, item, new ActRequest.OpenSilence(deadline.toString(), 1L));
            clock.advance(Duration.ofHours(2));
            ItemView broken = c.procedure().breakSilence(delegation("DEU"), item, Iso3.of("DEU"), new ActRequest.BreakSilence("LETTER", "DEU/2026/117", 2L));
            assertThat(broken.silence().breakers()).containsExactly("DEU");
            clock.advance(Duration.ofHours(23));
            new SilenceScheduler(c.procedure()).runOnce();
            ItemView after = c.procedure().show(CHAIR, item, Optional.empty());
            assertThat(after.status()).isEqualTo("SILENCE_BROKEN");
            assertThat(after.sealed()).isFalse();
            var session = c.register().event(Fixtures.ADMIN, EventId.of("summit-2026-ankara")).session(SessionId.of("ankara-2026-formal")).orElseThrow();
            assertThat(session.invitations()).allSatisfy(i -> assertThat(i.status()).isEqualTo(InvitationStatus.PENDING));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_deadline_that_passed_while_concord_was_down_is_closed_at_start(TestDatabases.Kind kind) {
        String url = TestDatabases.loaded(kind, Fixtures.NOW);
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Instant deadline = Fixtures.NOW.plus(Duration.ofHours(1));
        ItemId item = ItemId.of("kfor-reduction-2026");
        try (Concord first = Fixtures.on(url, kind, clock)) {
            first.procedure().openSilence(CHAIR, item, new ActRequest.OpenSilence(deadline.toString(), 1L));
        }
        clock.advance(Duration.ofDays(3));
        try (Concord restarted = Fixtures.on(url, kind, clock); SilenceScheduler scheduler = new SilenceScheduler(restarted.procedure())) {
            scheduler.runOnce();
            ItemView v = restarted.procedure().show(CHAIR, item, Optional.empty());
            assertThat(v.status()).isEqualTo("ADOPTED");
            assertThat(v.adoption().adoptedAt()).isEqualTo(deadline);
            assertThat(restarted.register().mission(Fixtures.ADMIN, MissionId.of("kfor")).status()).isEqualTo(MissionStatus.DRAWING_DOWN);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_sealed_item_is_reopened_as_a_new_linked_item(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            ItemId item = ItemId.of("public-forum-2026-cancellation");
            c.procedure().adopt(CHAIR, item, 1L);
            assertThatThrownBy(() -> record(c, item, "FRA", "OBJECTION", 3)).isInstanceOf(Conflict.class).hasMessageStartingWith("R13");
            ItemView reopened = c.procedure().reopen(CHAIR, item, new ActRequest.Reopen("public-forum-2026-review", 3L));
            assertThat(reopened.reopenedFrom()).isEqualTo(item.value());
            assertThat(reopened.status()).isEqualTo("OPEN");
            assertThat(c.procedure().list(CHAIR, Optional.empty())).extracting(ItemView::id).contains("public-forum-2026-review");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_raised_item_needs_a_real_mission_and_names_every_bad_field(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            var effect = new EffectRequest.TerminateMission("atlantis", "2026-13");
            assertThatThrownBy(() -> c.procedure().raise(delegation("USA"), new RaiseItemData("x", null, "SOMETIMES", "USA", "", "t", effect)))
                    .isInstanceOfSatisfying(org.concord.shared.InvalidInput.class, e -> assertThat(e.violations()).extracting(vv -> vv.field())
                            .contains("level", "subject", "effect.endDate"));
            var ok = new EffectRequest.TerminateMission("atlantis", "2026-12");
            assertThatThrownBy(() -> c.procedure().raise(delegation("USA"), new RaiseItemData("x", null, null, "USA", "s", "t", ok)))
                    .isInstanceOfSatisfying(org.concord.shared.InvalidInput.class, e -> assertThat(e.violations()).extracting(vv -> vv.field()).containsExactly("effect.mission"));
            var raised = c.procedure().raise(delegation("USA"), new RaiseItemData("osg-end", null, null, "USA", "End Sea Guardian", "The Council decides to end OSG.",
                    new EffectRequest.TerminateMission("osg", "2027-06-30")));
            assertThat(raised.version()).isEqualTo(1);
        }
    }
}
