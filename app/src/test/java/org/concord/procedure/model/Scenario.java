package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;

/** One decision item under test: its membership, state, journal and clock; every accepted event is folded and kept. */
final class Scenario {
    static final Principal CHAIR = Principal.of("sg", Role.CHAIR);
    static final Principal SCHEDULER = Principal.system();
    static final Principal ANALYST = Principal.of("analyst", Role.ANALYST);
    static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");
    static final ItemId ID = ItemId.of("nac-2025-017");

    final Membership membership;
    final List<ProcedureEvent> journal = new ArrayList<>();
    DecisionItem item;
    Instant now;

    private Scenario(Membership membership, Instant now) {
        this.membership = membership;
        this.now = now;
    }

    /** A NATO statement item at ambassador level before the NAC, raised by the chair at T0. */
    static Scenario nato() { return nato(new Effect.AdoptStatement("The Council reaffirms its support."), Level.AMBASSADORS); }

    static Scenario nato(Effect effect, Level level) {
        return raised(ProcedureConfig.nato(), Nato32.MEMBERSHIP, BodyId.NAC, level, effect, T0);
    }

    static Scenario raised(ProcedureConfig config, Membership membership, BodyId body, Level level, Effect effect,
                           Instant at) {
        Scenario s = new Scenario(membership, at);
        ItemDraft draft = new ItemDraft(ID, body, level, new Proposer.Chair(), "Draft decision", effect, "Draft text v1");
        Decision raised = DecisionItem.raise(config, draft, CHAIR, membership, at);
        assertThat(raised).as("raising the item").isInstanceOf(Accepted.class);
        s.journal.addAll(raised.events());
        s.item = DecisionItem.replay(s.journal);
        return s;
    }

    static Principal delegation(String code) { return Principal.delegation(code.toLowerCase() + "-del", Iso3.of(code)); }

    static Iso3 iso(String code) { return Iso3.of(code); }

    Scenario later(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    Scenario at(Instant instant) {
        now = instant;
        return this;
    }

    /** Runs {@code command} at {@code now}; folds and journals the events if it is accepted. */
    Decision attempt(BiFunction<DecisionItem, Instant, Decision> command) {
        Decision decision = command.apply(item, now);
        if (decision instanceof Accepted accepted) {
            item = item.applyAll(accepted.events());
            journal.addAll(accepted.events());
        }
        return decision;
    }

    Accepted accept(BiFunction<DecisionItem, Instant, Decision> command) {
        Decision decision = attempt(command);
        if (decision instanceof Refused r) fail("expected acceptance, got refusal " + r.rule() + ": " + r.reason());
        return (Accepted) decision;
    }

    Refused refuse(BiFunction<DecisionItem, Instant, Decision> command) {
        DecisionItem before = item;
        Decision decision = attempt(command);
        if (decision instanceof Accepted a) fail("expected a refusal, got " + a.events());
        assertThat(item).as("a refusal changes nothing").isEqualTo(before);
        return (Refused) decision;
    }

    Decision position(String member, Position position) {
        return attempt((i, t) -> i.recordPosition(iso(member), position, OfficialAct.inSession(), delegation(member), membership, t));
    }

    Accepted accept(String member, Position position) {
        return accept((i, t) -> i.recordPosition(iso(member), position, OfficialAct.inSession(), delegation(member), membership, t));
    }

    Scenario support(String... members) {
        Arrays.stream(members).forEach(m -> accept(m, new Position.Support()));
        return this;
    }

    Scenario object(String member) {
        accept(member, Position.Objection.atEveryLevel());
        return this;
    }

    Accepted openSilence(Duration length) {
        return accept((i, t) -> i.openSilence(i.currentText().number(), t.plus(length), CHAIR, membership, t));
    }

    Instant deadline() { return item.silences().get(item.silences().size() - 1).deadline(); }

    int silenceNumber() { return item.silences().size(); }

    Decision breakSilence(String member) {
        return attempt((i, t) -> i.breakSilence(iso(member), OfficialAct.letter("letter-" + member), delegation(member), membership, t));
    }

    Decision close() {
        int number = silenceNumber();
        return attempt((i, t) -> i.closeSilence(number, SCHEDULER, membership, t));
    }

    Decision adopt() { return attempt((i, t) -> i.adopt(CHAIR, membership, t)); }

    <E extends ProcedureEvent> List<E> events(Class<E> type) {
        return journal.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
