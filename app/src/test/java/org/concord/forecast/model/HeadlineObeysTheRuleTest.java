package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Section 5 of issue 15: a forecast's headline never contradicts the decision rule. */
class HeadlineObeysTheRuleTest {

    @Provide
    Arbitrary<List<ActorInput>> actors() {
        Arbitrary<ActorInput> actor = Combinators.combine(Arbitraries.doubles().between(0, 100).ofScale(2), Arbitraries.of(0.0, 1.0, 3.0),
                        Arbitraries.doubles().between(0.1, 50).ofScale(2), Arbitraries.doubles().between(0, 100).ofScale(0))
                .as((p, w, c, s) -> new ActorInput(ActorId.of("x"), p, s, c, w, 1));
        return actor.list().ofMinSize(1).ofMaxSize(10).map(list -> {
            List<ActorInput> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ActorInput a = list.get(i);
                out.add(new ActorInput(ActorId.of("a" + i), a.position(), a.salience(), a.capability(), i == 0 ? 1 : a.voteWeight(), 1));
            }
            return out;
        });
    }

    @Provide
    Arbitrary<DecisionRule> rules() {
        return Arbitraries.of(DecisionRule.UNANIMITY, DecisionRule.MAJORITY, DecisionRule.qmv(0.74));
    }

    @Provide
    Arbitrary<OutcomeModel> models() {
        return Arbitraries.of(ForecastModels.standard());
    }

    /**
     * One draw (seed s) of every model's headline lies in the win-set of the status quo for the positions of that
     * draw, recomputed here from the same seeded draws by the win-set model.
     */
    @Property(tries = 300)
    void in_every_draw_the_headline_lies_in_the_win_set_of_the_status_quo(@ForAll("actors") List<ActorInput> actors,
                                                                           @ForAll("rules") DecisionRule rule, @ForAll("models") OutcomeModel model,
                                                                           @ForAll @DoubleRange(min = 0, max = 100) double sq,
                                                                           @ForAll @DoubleRange(min = 0, max = 30) double sd,
                                                                           @ForAll @LongRange(min = 0, max = 1000) long seed,
                                                                           @ForAll @IntRange(max = 9) int proposer) {
        ForecastIssue issue = ForecastIssue.of("q", "", "").withRule(rule).withReferencePoint(sq)
                .withProposer(ActorId.of("a" + proposer % actors.size()));
        Map<ActorId, PositionEstimate> estimates = new HashMap<>();
        for (ActorInput a : actors) estimates.put(a.id(), new PositionEstimate(a.position(), sd, false));
        MonteCarloResult r = new MonteCarloForecast(model).run(new MonteCarloRequest(issue, actors, estimates, 1, seed, 0.5));
        if (!(r instanceof MonteCarloResult.Completed c)) return;
        SplittableRandom rng = new SplittableRandom(seed);
        List<ActorInput> drawn = new ArrayList<>();
        for (ActorInput a : actors) drawn.add(a.withPosition(MonteCarloForecast.draw(rng, a.position(), sd)));
        if (!(new WinSetModel().predict(issue, drawn) instanceof ModelResult.Predicted p) || p.winSet().isEmpty()) return;
        WinSet w = p.winSet().get();
        assertThat(w.contains(c.headline().p50())).as("headline %s in %s", c.headline().p50(), w).isTrue();
        assertThat(c.restricted()).isEqualTo(!model.obeysRule());
        if (model.obeysRule()) assertThat(c.headline()).isEqualTo(c.outcome());
    }

    /** A proposal equal to the status quo has no odds of its own: passing it is the status quo holding. */
    @Property(tries = 200)
    void when_the_proposal_is_the_status_quo_the_odds_say_so(@ForAll("actors") List<ActorInput> actors, @ForAll("rules") DecisionRule rule,
                                                             @ForAll("models") OutcomeModel model, @ForAll @DoubleRange(min = 0, max = 100) double sq,
                                                             @ForAll @DoubleRange(min = 0, max = 30) double sd) {
        ForecastIssue issue = ForecastIssue.of("q", "", "").withRule(rule).withReferencePoint(sq).withProposal(sq);
        Map<ActorId, PositionEstimate> estimates = new HashMap<>();
        for (ActorInput a : actors) estimates.put(a.id(), new PositionEstimate(a.position(), sd, false));
        MonteCarloResult r = new MonteCarloForecast(model).run(new MonteCarloRequest(issue, actors, estimates, 20, 3, 0.5));
        if (!(r instanceof MonteCarloResult.Completed c) || c.odds().isEmpty()) return;
        MonteCarloResult.RuleOdds odds = c.odds().get();
        assertThat(odds.proposalIsStatusQuo()).isTrue();
        assertThat(odds.proposalPasses()).isEmpty();
        assertThat(odds.statusQuoHolds() + odds.compromise()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    /**
     * The ankara-partners shape: status quo 0, the proposer (USA) proposes 0 and stands at 0, unanimity; the other
     * allies want the partners in (about 72). The compromise model's own point is a reference only; the headline
     * is held by the veto at what the proposer accepts.
     */
    @Property(tries = 20)
    void a_proposer_standing_at_the_status_quo_holds_the_headline_near_it(@ForAll @LongRange(min = 0, max = 10_000) long seed) {
        List<ActorInput> actors = new ArrayList<>();
        actors.add(ActorInput.voter("USA", 0, 80, 10));
        for (int i = 0; i < 31; i++) actors.add(ActorInput.voter("A" + i, 75, 50, 1));
        ForecastIssue issue = ForecastIssue.of("ankara", "", "").withReferencePoint(0).withProposal(0).withProposer(ActorId.of("USA"));
        Map<ActorId, PositionEstimate> estimates = new HashMap<>();
        estimates.put(ActorId.of("USA"), new PositionEstimate(0, 0, false));
        MonteCarloResult.Completed c = (MonteCarloResult.Completed) new MonteCarloForecast(new CompromiseModel(), Optional.empty())
                .run(new MonteCarloRequest(issue, actors, estimates, 200, seed, 0.5));
        assertThat(c.outcome().p50()).as("the compromise model's own point, a reference").isGreaterThan(40);
        assertThat(c.headline().p95()).as("the USA at 0 vetoes every move").isEqualTo(0.0);
        assertThat(c.odds().orElseThrow().statusQuoHolds()).isEqualTo(1.0);
        assertThat(c.odds().orElseThrow().proposalPasses()).isEmpty();
    }
}
