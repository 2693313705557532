package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.ProcedureEvent.ItemAdopted;
import org.concord.procedure.model.ProcedureEvent.LateSilenceBreakLogged;
import org.concord.shared.Iso3;

/**
 * The state of one random action chain: a NATO-membership item under a given configuration, its journal and clock.
 * It checks, as each event is folded, that no adoption happens over a standing objection or pending position, using
 * its own reading of the rules rather than the model's.
 */
final class Desk {
    static final Instant START = Instant.parse("2023-03-20T09:00:00Z");

    final ProcedureConfig config;
    final Membership membership = Nato32.MEMBERSHIP;
    final List<ProcedureEvent> journal = new ArrayList<>();
    final Map<Rule, Integer> refusals = new EnumMap<>(Rule.class);
    DecisionItem item;
    Instant now = START;

    Desk(ProcedureConfig config) {
        this.config = config;
        ItemDraft draft = new ItemDraft(ItemId.of("chain-item"), BodyId.NAC, Level.AMBASSADORS, new Proposer.Chair(),
                "Random walk", new Effect.AdoptStatement("Statement"), "text v1");
        Decision raised = DecisionItem.raise(config, draft, Scenario.CHAIR, membership, now);
        journal.addAll(raised.events());
        item = DecisionItem.replay(journal);
        // A contested item, as in the source article: adoption needs these lifted first.
        run(now, (i, t) -> i.recordPosition(Iso3.of("TUR"), Position.Objection.atEveryLevel(), OfficialAct.inSession(),
                Scenario.delegation("TUR"), membership, t));
        run(now, (i, t) -> i.recordPosition(Iso3.of("HUN"), new Position.Objection(Level.MINISTERS), OfficialAct.inSession(),
                Scenario.delegation("HUN"), membership, t));
    }

    /** Moves the clock by {@code delta} and runs {@code command} at the new time. */
    void act(Duration delta, BiFunction<DecisionItem, Instant, Decision> command) {
        now = now.plus(delta);
        run(now, command);
    }

    /** Runs {@code command} at {@code at}, folds what it yields, and checks the invariants of a single step. */
    Decision run(Instant at, BiFunction<DecisionItem, Instant, Decision> command) {
        DecisionItem before = item;
        Decision decision = command.apply(item, at);
        switch (decision) {
            case Accepted accepted -> {
                for (ProcedureEvent event : accepted.events()) {
                    if (event instanceof ItemAdopted adopted) checkAdoption(item, adopted);
                    item = item.apply(event);
                    journal.add(event);
                }
            }
            case Decision.Refused refused -> {
                refusals.merge(refused.rule(), 1, Integer::sum);
                assertThat(item).isEqualTo(before);
            }
        }
        if (before.sealed()) {
            assertThat(item).as("a sealed item never changes").isEqualTo(before);
            assertThat(decision.events()).as("a sealed item yields only logged late breaks")
                    .allMatch(LateSilenceBreakLogged.class::isInstance);
        }
        return decision;
    }

    /** R1/R2/R5/R6 read independently: the state just before ItemAdopted has nothing standing in the way. */
    private void checkAdoption(DecisionItem justBefore, ItemAdopted adopted) {
        AdoptedDecision decision = adopted.decision();
        LocalDate date = LocalDate.ofInstant(decision.adoptedAt(), ZoneOffset.UTC);
        Set<Iso3> required = new TreeSet<>(membership.membersAt(justBefore.body(), date));
        required.removeAll(justBefore.excluded());
        assertThat(decision.requiredSet()).containsExactlyElementsOf(required);
        long qualified = 0, qualifiedPopulation = 0, population = 0;
        for (Iso3 member : required) {
            Position p = justBefore.positionOf(member);
            boolean objects = p instanceof Position.Objection o && justBefore.level().ordinal() >= o.fromLevel().ordinal();
            assertThat(objects).as("%s objects at %s when adopted", member, justBefore.level()).isFalse();
            assertThat(p).as("%s has a pending position when adopted", member)
                    .isNotInstanceOfAny(Position.Reservation.class, Position.AdReferendum.class);
            long people = membership.populationAt(member, date).orElseThrow();
            population += people;
            if (p instanceof Position.QualifiedAbstain) {
                qualified++;
                qualifiedPopulation += people;
            }
        }
        boolean r6Fails = 3 * qualified >= required.size() && 3 * qualifiedPopulation >= population;
        assertThat(config.constructiveAbstention() && r6Fails).as("R6 threshold reached at adoption").isFalse();
        switch (decision.basis()) {
            case R3D_OUTCOME_AT_DEADLINE -> {
                SilenceProcedure silence = justBefore.silences().get(justBefore.silences().size() - 1);
                assertThat(decision.adoptedAt()).isEqualTo(silence.deadline());
                assertThat(silence.breakers()).doesNotContainAnyElementsOf(required);
            }
            case R1_NO_STANDING_OBJECTION -> assertThat(decision.adoptedAt()).isEqualTo(adopted.at());
            default -> throw new AssertionError("unexpected basis of adoption " + decision.basis());
        }
    }

    /** Invariants of every state, checked after each step of the chain. */
    void checkState() {
        assertThat(DecisionItem.replay(journal)).as("replay rebuilds the state").isEqualTo(item);
        assertThat(item.runningSilence().isPresent()).isEqualTo(item.status() == ItemStatus.UNDER_SILENCE);
        assertThat(item.adoption().isPresent()).isEqualTo(item.status() == ItemStatus.ADOPTED);
        assertThat(item.sealed()).isEqualTo(item.status() == ItemStatus.ADOPTED || item.status() == ItemStatus.WITHDRAWN);
        assertThat(item.excluded()).hasSizeLessThanOrEqualTo(config.consensusMinusOneAllowed() ? 1 : 0);
        assertThat(item.silences().stream().filter(SilenceProcedure::running)).hasSizeLessThanOrEqualTo(1);
        for (int i = 0; i < item.silences().size(); i++) assertThat(item.silences().get(i).number()).isEqualTo(i + 1);
        for (int i = 1; i < journal.size(); i++)
            if (!(journal.get(i) instanceof LateSilenceBreakLogged))
                assertThat(journal.get(i).at()).isAfterOrEqualTo(item.raisedAt());
    }

    @Override
    public String toString() { return "Desk[" + config.name() + ", " + item.status() + ", " + journal.size() + " events]"; }
}
