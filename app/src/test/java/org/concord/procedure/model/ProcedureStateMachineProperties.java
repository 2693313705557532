package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;

/**
 * The procedure as a state machine: random sequences of acts by random members, text versions, silence procedures
 * opened, broken and closed at random times, adoption attempts, forum changes and exclusions. After every step: replay
 * rebuilds the state; no adoption happened over an objection, a pending position or the R6 threshold; a sealed item did
 * not change.
 */
class ProcedureStateMachineProperties {

    @Property(tries = 200)
    void R1_to_R13_hold_along_random_nato_chains(@ForAll("nato") ActionChain<Desk> chain) {
        runChecked(chain);
    }

    @Property(tries = 200)
    void R1_to_R13_hold_along_random_osce_chains(@ForAll("osce") ActionChain<Desk> chain) {
        runChecked(chain);
    }

    @Property(tries = 200)
    void R1_to_R13_hold_along_random_eu_chains(@ForAll("eu") ActionChain<Desk> chain) {
        runChecked(chain);
    }

    private static void runChecked(ActionChain<Desk> chain) {
        Desk end = chain.withInvariant("state invariants", Desk::checkState).run();
        Statistics.label("final status").collect(end.item.status());
        Statistics.label("silence procedures").collect(Math.min(end.item.silences().size(), 3));
        Statistics.label("adopted by").collect(end.item.adoption().map(a -> a.basis().citation()).orElse("-"));
        Statistics.label("adopted by").coverage(c -> {
            c.check("R1").percentage(p -> p >= 5);
            c.check("R3(d)").percentage(p -> p >= 1);
        });
        Statistics.label("late breaks logged").collect(end.journal.stream()
                .anyMatch(ProcedureEvent.LateSilenceBreakLogged.class::isInstance));
        Statistics.label("silence outcomes").collect(end.item.silences().stream().map(SilenceProcedure::phase).sorted().toList().toString());
    }

    @Provide
    Arbitrary<ActionChain<Desk>> nato() { return chains(ProcedureConfig.nato()); }

    @Provide
    Arbitrary<ActionChain<Desk>> osce() { return chains(ProcedureConfig.osce()); }

    @Provide
    Arbitrary<ActionChain<Desk>> eu() { return chains(ProcedureConfig.euUnanimity()); }

    private static Arbitrary<ActionChain<Desk>> chains(ProcedureConfig config) {
        return ActionChain.startWith(() -> new Desk(config))
                .withAction(12, recordPosition())
                .withAction(1, addTextVersion())
                .withAction(4, openSilence())
                .withAction(2, breakSilence())
                .withAction(4, closeSilence())
                .withAction(1, changeDeadline())
                .withAction(3, adopt())
                .withAction(1, withdrawFootnote())
                .withAction(1, exclude())
                .withAction(1, move())
                .withAction(1, adjourn())
                .withAction(1, backdated())
                .withAction(1, reopen())
                .withAction(1, withdraw())
                .withMaxTransformations(50);
    }

    // ---- arbitraries ----

    /** Mostly five active members, so that objections get lifted; sometimes any of the 32. */
    private static Arbitrary<String> members() {
        return Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.of("USA", "FRA", "DEU", "TUR", "HUN")),
                Tuple.of(3, Arbitraries.of(Nato32.CODES)));
    }

    private static Arbitrary<Duration> delays() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                Tuple.of(6, Arbitraries.longs().between(1, 36 * 3600).map(Duration::ofSeconds)));
    }

    private static Arbitrary<Position> positions() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Level.class).map(Position.Objection::new)),
                Tuple.of(2, Arbitraries.just(new Position.Reservation())),
                Tuple.of(2, Arbitraries.just(new Position.AdReferendum())),
                Tuple.of(10, Arbitraries.just(new Position.Support())),
                Tuple.of(3, Arbitraries.of("para-1", "para-2").map(c -> new Position.SupportWithStatement(Footnote.onClause(c, "reading of " + c)))),
                Tuple.of(2, Arbitraries.just(new Position.Abstain())),
                Tuple.of(3, Arbitraries.just(new Position.QualifiedAbstain())),
                Tuple.of(2, Arbitraries.just(new Position.NonParticipating("no personnel, no funds"))),
                Tuple.of(3, Arbitraries.just(new Position.Silent())),
                Tuple.of(1, Arbitraries.just(new Position.Unknown())));
    }

    private static Arbitrary<OfficialAct> acts() {
        return Arbitraries.of(OfficialAct.inSession(), OfficialAct.inSession("PV-1"), OfficialAct.letter("L-1"),
                OfficialAct.note("N-1"), OfficialAct.declaration("D-1"), new OfficialAct(ActForm.LETTER, null));
    }

    /** Mostly the member's own delegation; sometimes the chair, an analyst, or another delegation. */
    private static Arbitrary<Principal> speakers(String member) {
        return Arbitraries.frequencyOf(
                Tuple.of(16, Arbitraries.just(Scenario.delegation(member))),
                Tuple.of(2, Arbitraries.just(Scenario.CHAIR)),
                Tuple.of(1, Arbitraries.just(Scenario.ANALYST)),
                Tuple.of(1, Arbitraries.of(Nato32.CODES).map(Scenario::delegation)));
    }

    // ---- actions ----

    private static Action.Independent<Desk> recordPosition() {
        return () -> members().flatMap(m -> Combinators.combine(positions(), acts(), speakers(m), delays())
                .as((p, a, by, delay) -> Transformer.mutate("+" + delay + " " + by.user() + " records " + m + " " + p + " by " + a,
                        d -> d.act(delay, (i, t) -> i.recordPosition(Iso3.of(m), p, a, by, d.membership, t)))));
    }

    private static Action.Independent<Desk> addTextVersion() {
        return () -> Combinators.combine(Arbitraries.of(Scenario.CHAIR, Scenario.delegation("USA")), delays())
                .as((by, delay) -> Transformer.mutate("+" + delay + " " + by.user() + " adds a text version",
                        d -> d.act(delay, (i, t) -> i.addTextVersion("text after " + t, by, t))));
    }

    private static Action.Independent<Desk> openSilence() {
        return () -> Combinators.combine(Arbitraries.integers().between(-1, 0), Arbitraries.longs().between(-1, 96),
                        Arbitraries.of(Scenario.CHAIR, Scenario.CHAIR, Scenario.delegation("FRA")), delays())
                .as((offset, hours, by, delay) -> Transformer.mutate("+" + delay + " " + by.user() + " opens silence (version offset "
                        + offset + ") for " + hours + "h", d -> d.act(delay, (i, t) ->
                        i.openSilence(i.currentText().number() + offset, t.plus(Duration.ofHours(hours)), by, d.membership, t))));
    }

    private static Action.Independent<Desk> breakSilence() {
        return () -> members().flatMap(m -> Combinators.combine(acts(), delays())
                .as((a, delay) -> Transformer.mutate("+" + delay + " " + m + " breaks silence by " + a,
                        d -> d.act(delay, (i, t) -> i.breakSilence(Iso3.of(m), a, Scenario.delegation(m), d.membership, t)))));
    }

    private static Action.Independent<Desk> closeSilence() {
        return () -> Combinators.combine(Arbitraries.integers().between(-1, 1),
                        Arbitraries.of(Scenario.SCHEDULER, Scenario.CHAIR, Scenario.ANALYST), delays())
                .as((offset, by, delay) -> Transformer.mutate("+" + delay + " " + by.user() + " closes silence (number offset " + offset + ")",
                        d -> d.act(delay, (i, t) -> i.closeSilence(Math.max(1, i.silences().size() + offset), by, d.membership, t))));
    }

    private static Action.Independent<Desk> changeDeadline() {
        return () -> Combinators.combine(Arbitraries.longs().between(-2, 72), delays())
                .as((hours, delay) -> Transformer.mutate("+" + delay + " chair moves the deadline to now+" + hours + "h",
                        d -> d.act(delay, (i, t) -> i.changeSilenceDeadline(t.plus(Duration.ofHours(hours)), Scenario.CHAIR, t))));
    }

    private static Action.Independent<Desk> adopt() {
        return () -> delays().map(delay -> Transformer.mutate("+" + delay + " chair notes consensus",
                d -> d.act(delay, (i, t) -> i.adopt(Scenario.CHAIR, d.membership, t))));
    }

    private static Action.Independent<Desk> withdrawFootnote() {
        return () -> Combinators.combine(members(), delays()).as((m, delay) -> Transformer.mutate(
                "+" + delay + " " + m + " withdraws its footnote", d -> d.act(delay, (i, t) ->
                        i.withdrawFootnote(Iso3.of(m), OfficialAct.inSession(), Scenario.delegation(m), d.membership, t))));
    }

    private static Action.Independent<Desk> exclude() {
        return () -> Combinators.combine(members(), delays()).as((m, delay) -> Transformer.mutate(
                "+" + delay + " chair excludes " + m, d -> d.act(delay, (i, t) ->
                        i.excludeMember(Iso3.of(m), "clear, gross violation", Scenario.CHAIR, d.membership, t))));
    }

    private static Action.Independent<Desk> move() {
        return () -> Combinators.combine(Arbitraries.of(BodyId.NAC, Nato32.DPC), Arbitraries.of(Level.class), delays())
                .as((body, level, delay) -> Transformer.mutate("+" + delay + " chair moves the item to " + body + " at " + level,
                        d -> d.act(delay, (i, t) -> i.moveToBody(body, level, "forum change", Scenario.CHAIR, d.membership, t))));
    }

    /** Mostly attempts by a delegation that did not propose the item (refused), sometimes by the chair. */
    private static Action.Independent<Desk> withdraw() {
        return () -> Combinators.combine(Arbitraries.of(Scenario.CHAIR, Scenario.delegation("FRA"), Scenario.delegation("USA"),
                        Scenario.delegation("TUR"), Scenario.ANALYST), delays())
                .as((by, delay) -> Transformer.mutate("+" + delay + " " + by.user() + " withdraws the item",
                        d -> d.act(delay, (i, t) -> i.withdraw("overtaken by events", by, t))));
    }

    private static Action.Independent<Desk> adjourn() {
        return () -> Arbitraries.integers().between(20, 400).map(days -> Transformer.mutate("adjourn " + days + " days",
                d -> d.now = d.now.plus(Duration.ofDays(days))));
    }

    /** A command dated before the item's last act is refused, whatever it is. */
    private static Action.Independent<Desk> backdated() {
        return () -> members().map(m -> Transformer.mutate("backdated act by " + m, d -> {
            Decision decision = d.run(d.item.lastActAt().minusSeconds(1), (i, t) -> i.recordPosition(Iso3.of(m),
                    new Position.Support(), OfficialAct.inSession(), Scenario.delegation(m), d.membership, t));
            assertThat(decision).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.rule()).isEqualTo(Rule.R13_SEALED_AND_APPEND_ONLY));
        }));
    }

    /** Reopening works exactly on sealed items, yields a linked new item, and leaves the old one as it was. */
    private static Action.Independent<Desk> reopen() {
        return () -> delays().map(delay -> Transformer.mutate("+" + delay + " chair reopens", d -> {
            d.now = d.now.plus(delay);
            DecisionItem before = d.item;
            Decision decision = before.reopenAs(ItemId.of("chain-item-reopened"), Scenario.CHAIR, d.membership, d.now);
            assertThat(d.item).isEqualTo(before);
            if (before.sealed()) {
                DecisionItem fresh = DecisionItem.replay(((Accepted) decision).events());
                assertThat(fresh.reopenedFrom()).contains(before.id());
                assertThat(fresh.sealed()).isFalse();
            } else {
                assertThat(decision).isInstanceOf(Refused.class);
            }
        }));
    }

    // ---- the R1 decision rule on its own ----

    @Property(tries = 300)
    void R1_adopt_is_accepted_exactly_when_nothing_stands_in_the_way(
            @ForAll("assignments") List<Position> assignment, @ForAll Level level) {
        Scenario s = Scenario.nato(new Effect.AdoptStatement("Statement"), level);
        boolean blocked = false;
        for (int k = 0; k < Nato32.CODES.size(); k++) {
            Position p = assignment.get(k);
            if (s.position(Nato32.CODES.get(k), p) instanceof Accepted)
                blocked |= p.blocksAt(level) || p instanceof Position.Reservation || p instanceof Position.AdReferendum;
        }
        Decision adopt = s.adopt();
        Statistics.label("blocked").collect(blocked);
        assertThat(adopt instanceof Accepted).isEqualTo(!blocked);
    }

    @Provide
    Arbitrary<List<Position>> assignments() {
        return Arbitraries.frequencyOf(
                        Tuple.of(1, positions()),
                        Tuple.of(30, Arbitraries.of(new Position.Support(), new Position.Silent(),
                                new Position.Objection(Level.MINISTERS), new Position.Objection(Level.HEADS_OF_STATE_AND_GOVERNMENT))))
                .list().ofSize(Nato32.CODES.size());
    }
}
