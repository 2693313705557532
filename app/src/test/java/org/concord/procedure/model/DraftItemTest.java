package org.concord.procedure.model;

import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A draft is prepared for the chair and is not before the body until the chair raises it. */
class DraftItemTest {
    static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    static List<ProcedureEvent> drafted() {
        ItemDraft draft = new ItemDraft(ItemId.of("reset-dd-only-kfor"), BodyId.NAC, Level.AMBASSADORS, new Proposer.Chair(),
                "Reset: terminate KFOR", new Effect.TerminateMission(new MissionId("kfor"), LocalDate.parse("2027-12-31")),
                "The Council decides to terminate KFOR by 2027-12-31.");
        Decision d = DecisionItem.draft(ProcedureConfig.nato(), draft, "deterrence and defence only", Scenario.CHAIR, Nato32.MEMBERSHIP, T0);
        return new ArrayList<>(((Accepted) d).events());
    }

    @Test
    void a_draft_starts_in_status_draft_and_refuses_positions_silence_adoption_exclusion_and_moves_citing_the_draft_rule() {
        DecisionItem item = DecisionItem.replay(drafted());
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        Instant later = T0.plus(Duration.ofHours(1));
        var commands = R13SealingTest.everyCommand(Nato32.MEMBERSHIP);
        for (String name : List.of("recordPosition", "withdrawFootnote", "openSilence", "breakSilence", "adopt", "moveToBody", "excludeMember")) {
            Decision d = commands.get(name).apply(item, later);
            assertThat(d).as(name).isInstanceOf(Refused.class);
            // excludeMember is refused earlier by NATO's procedure (no consensus-minus-one); the others by the draft rule
            if (!name.equals("excludeMember"))
                assertThat(((Refused) d).rule()).as(name).isIn(Set.of(Rule.DRAFTS_ARE_NOT_RAISED, Rule.R3C_BREAK_BY_FORMAL_ACT));
        }
        assertThat(((Refused) commands.get("recordPosition").apply(item, later)).rule()).isEqualTo(Rule.DRAFTS_ARE_NOT_RAISED);
        assertThat(commands.get("addTextVersion").apply(item, later)).isInstanceOf(Accepted.class);
        assertThat(commands.get("withdraw").apply(item, later)).isInstanceOf(Accepted.class);
    }

    @Test
    void only_the_chair_prepares_and_raises_a_draft_and_raising_opens_it_for_positions() {
        ItemDraft draft = new ItemDraft(ItemId.of("d2"), BodyId.NAC, Level.AMBASSADORS, new Proposer.Chair(), "s", new Effect.AdoptStatement("x"), "t");
        assertThat(DecisionItem.draft(ProcedureConfig.nato(), draft, "basis", Scenario.delegation("FRA"), Nato32.MEMBERSHIP, T0))
                .isInstanceOf(Refused.class);

        List<ProcedureEvent> events = drafted();
        DecisionItem item = DecisionItem.replay(events);
        Instant later = T0.plus(Duration.ofHours(1));
        assertThat(((Refused) item.raiseDraft(Scenario.delegation("FRA"), later)).rule()).isEqualTo(Rule.CHAIR_CONDUCTS_PROCEEDINGS);
        Accepted raised = (Accepted) item.raiseDraft(Scenario.CHAIR, later);
        assertThat(raised.events()).singleElement().isInstanceOf(ProcedureEvent.DraftRaised.class);
        events.addAll(raised.events());
        DecisionItem open = DecisionItem.replay(events);
        assertThat(open.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(open.raiseDraft(Scenario.CHAIR, later)).isInstanceOf(Refused.class);
        Decision position = R13SealingTest.everyCommand(Nato32.MEMBERSHIP).get("recordPosition").apply(open, later.plusSeconds(60));
        assertThat(position).isInstanceOf(Accepted.class);
    }

    @Test
    void a_raised_item_is_never_a_draft_again_and_raising_an_open_item_is_refused() {
        Scenario s = Scenario.nato();
        assertThat(s.refuse((i, t) -> i.raiseDraft(Scenario.CHAIR, t)).rule()).isEqualTo(Rule.DRAFTS_ARE_NOT_RAISED);
    }
}
