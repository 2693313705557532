package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.procedure.model.ProcedureEvent.ItemReopened;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

class R13SealingTest {

    /** Every command but reopening, as the chair or the member concerned would issue it. */
    static Map<String, BiFunction<DecisionItem, Instant, Decision>> everyCommand(Membership m) {
        Iso3 fra = Iso3.of("FRA");
        return Map.ofEntries(
                Map.entry("addTextVersion", (i, t) -> i.addTextVersion("v9", Scenario.CHAIR, t)),
                Map.entry("recordPosition", (i, t) -> i.recordPosition(fra, Position.Objection.atEveryLevel(),
                        OfficialAct.inSession(), Scenario.delegation("FRA"), m, t)),
                Map.entry("withdrawFootnote", (i, t) -> i.withdrawFootnote(fra, OfficialAct.inSession(), Scenario.delegation("FRA"), m, t)),
                Map.entry("excludeMember", (i, t) -> i.excludeMember(fra, "basis", Scenario.CHAIR, m, t)),
                Map.entry("openSilence", (i, t) -> i.openSilence(i.currentText().number(), t.plus(Duration.ofDays(2)), Scenario.CHAIR, m, t)),
                Map.entry("changeSilenceDeadline", (i, t) -> i.changeSilenceDeadline(t.plus(Duration.ofDays(9)), Scenario.CHAIR, t)),
                Map.entry("breakSilence", (i, t) -> i.breakSilence(fra, OfficialAct.letter("L"), Scenario.delegation("FRA"), m, t)),
                Map.entry("closeSilence", (i, t) -> i.closeSilence(Math.max(1, i.silences().size()), Scenario.SCHEDULER, m, t)),
                Map.entry("adopt", (i, t) -> i.adopt(Scenario.CHAIR, m, t)),
                Map.entry("moveToBody", (i, t) -> i.moveToBody(Nato32.DPC, Level.MINISTERS, "move", Scenario.CHAIR, m, t)),
                Map.entry("withdraw", (i, t) -> i.withdraw("withdrawn", Scenario.CHAIR, t)));
    }

    @Test
    void R13_adoption_seals_the_item() {
        Scenario s = Scenario.nato();

        Accepted adopted = (Accepted) s.adopt();

        assertThat(adopted.events()).last().isInstanceOfSatisfying(ProcedureEvent.ItemSealed.class,
                e -> assertThat(e.rule()).isEqualTo(Rule.R13_SEALED_AND_APPEND_ONLY));
        assertThat(s.item.sealed()).isTrue();
    }

    @Test
    void R13_a_sealed_item_refuses_every_command() {
        Scenario adopted = Scenario.nato();
        adopted.adopt();
        Scenario withdrawn = Scenario.nato();
        withdrawn.accept((i, t) -> i.withdraw("overtaken by events", Scenario.CHAIR, t));

        for (Scenario s : List.of(adopted, withdrawn)) {
            s.later(Duration.ofDays(1));
            everyCommand(s.membership).forEach((name, command) -> {
                Refused refused = s.refuse(command);
                assertThat(refused.rule()).as(name + " on a " + s.item.status() + " item").isEqualTo(Rule.R13_SEALED_AND_APPEND_ONLY);
            });
        }
        assertThat(withdrawn.item.status()).isEqualTo(ItemStatus.WITHDRAWN);
    }

    @Test
    void R13_withdrawal_cancels_a_running_silence_and_seals_the_item() {
        Scenario s = Scenario.nato();
        s.openSilence(Duration.ofDays(3));

        s.accept((i, t) -> i.withdraw("no longer needed", Scenario.CHAIR, t));

        assertThat(s.item.sealed()).isTrue();
        assertThat(s.item.silences()).singleElement().satisfies(p -> assertThat(p.phase()).isEqualTo(SilencePhase.CANCELLED));
    }

    @Test
    void R13_only_the_chair_or_the_proposer_withdraws() {
        Scenario s = Scenario.nato();

        assertThat(s.refuse((i, t) -> i.withdraw("no", Scenario.delegation("FRA"), t)).rule())
                .isEqualTo(Rule.PROPOSER_OR_CHAIR_OWNS_ITEM);
    }

    @Test
    void R13_reopening_creates_a_new_item_linked_to_the_old_one() {
        Scenario s = Scenario.nato().object("FRA").support("FRA");
        s.adopt();
        DecisionItem sealed = s.item;
        ItemId newId = ItemId.of("nac-2025-017-bis");

        Decision reopened = sealed.reopenAs(newId, Scenario.delegation("FRA"), s.membership, s.now.plus(Duration.ofDays(30)));

        assertThat(reopened).isInstanceOf(Accepted.class);
        assertThat(reopened.events()).singleElement().isInstanceOf(ItemReopened.class);
        DecisionItem fresh = DecisionItem.replay(reopened.events());
        assertThat(fresh.id()).isEqualTo(newId);
        assertThat(fresh.reopenedFrom()).contains(sealed.id());
        assertThat(fresh.proposer()).isEqualTo(new Proposer.Member(Iso3.of("FRA")));
        assertThat(fresh.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(fresh.positions()).isEmpty();
        assertThat(fresh.currentText()).isEqualTo(new TextVersion(1, sealed.currentText().text()));
        assertThat(s.item).as("the sealed item is untouched").isEqualTo(sealed);
    }

    @Test
    void R13_only_a_sealed_item_is_reopened_and_under_a_new_id() {
        Scenario s = Scenario.nato();

        assertThat(s.refuse((i, t) -> i.reopenAs(ItemId.of("x"), Scenario.CHAIR, s.membership, t)).reason()).contains("not sealed");
        s.adopt();
        assertThat(s.refuse((i, t) -> i.reopenAs(Scenario.ID, Scenario.CHAIR, s.membership, t)).reason()).contains("new id");
    }

    @Test
    void R13_acts_are_appended_in_time_order() {
        Scenario s = Scenario.nato().later(Duration.ofHours(1)).support("USA");

        Refused refused = s.refuse((i, t) -> i.recordPosition(Iso3.of("FRA"), new Position.Support(), OfficialAct.inSession(),
                Scenario.delegation("FRA"), s.membership, t.minus(Duration.ofMinutes(1))));

        assertThat(refused.rule()).isEqualTo(Rule.R13_SEALED_AND_APPEND_ONLY);
        assertThat(refused.reason()).contains("time order");
    }

    @Test
    void R13_every_act_is_an_event_and_replay_rebuilds_the_same_state() {
        Scenario s = Scenario.nato().object("TUR");
        s.accept("GRC", new Position.SupportWithStatement(Footnote.onClause("para-2", "reading")));
        s.later(Duration.ofHours(5)).accept((i, t) -> i.addTextVersion("v2", Scenario.CHAIR, t));
        s.support("TUR");
        s.openSilence(Duration.ofDays(1));
        s.later(Duration.ofHours(2)).accept((i, t) -> i.changeSilenceDeadline(t.plus(Duration.ofDays(2)), Scenario.CHAIR, t));
        s.at(s.deadline()).close();

        assertThat(DecisionItem.replay(s.journal)).isEqualTo(s.item);
        assertThat(s.journal).extracting(e -> e.getClass().getSimpleName()).containsExactly("ItemRaised",
                "PositionRecorded", "PositionRecorded", "TextVersionAdded", "PositionRecorded", "SilenceOpened",
                "SilenceDeadlineChanged", "SilenceClosed", "ItemAdopted", "ItemSealed");
    }

    @Test
    void R13_a_sealed_item_folds_no_further_event_but_a_logged_late_break() {
        Scenario s = Scenario.nato();
        s.adopt();

        ProcedureEvent revision = new ProcedureEvent.TextVersionAdded(Scenario.ID, Actor.of(Scenario.CHAIR), s.now,
                new TextVersion(2, "v2"));

        assertThatThrownBy(() -> s.item.apply(revision)).isInstanceOf(IllegalStateException.class).hasMessageContaining("sealed");
    }

    @Test
    void R13_replay_refuses_a_history_that_does_not_start_with_raising() {
        ProcedureEvent sealed = new ProcedureEvent.ItemSealed(Scenario.ID, Actor.of(Scenario.CHAIR), Scenario.T0,
                Rule.R13_SEALED_AND_APPEND_ONLY);

        assertThatThrownBy(() -> DecisionItem.replay(List.of(sealed))).hasMessageContaining("starts with ItemRaised");
        assertThatThrownBy(() -> DecisionItem.replay(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
