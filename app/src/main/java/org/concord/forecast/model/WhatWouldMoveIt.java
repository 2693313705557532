package org.concord.forecast.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "What would move it": for each actor, how the forecast would change if its reported position moved by
 * {@value #STEP} points up or down the scale, every other input held. Each shifted forecast reuses the request's
 * seed (common random numbers), so a difference is the move's effect and not a different sample.
 *
 * <p>The odds read are P(proposal passes as written), or P(status quo holds) when the proposal is the status quo
 * (then passing it and keeping the status quo are one outcome). The headline median is read too.
 */
public final class WhatWouldMoveIt {
    /** Scale points an actor's position is moved by. */
    public static final double STEP = 10;

    /**
     * One actor's most effective move.
     *
     * @param actor       the actor
     * @param from        its estimated position
     * @param to          the moved position (clamped to the scale)
     * @param probability the odds after the move
     * @param change      the change of the odds, after minus before
     * @param median      the headline median after the move
     * @param medianShift the change of the median
     */
    public record Move(ActorId actor, double from, double to, double probability, double change, double median, double medianShift) {
        public Move { Objects.requireNonNull(actor, "actor"); }
    }

    /**
     * @param measure     what the odds are: {@code "P(proposal passes as written)"} or {@code "P(status quo holds)"}
     * @param probability the odds as forecast
     * @param median      the headline median as forecast
     * @param moves       one per actor whose move changes something, largest change of the odds first, then of the median
     */
    public record Table(String measure, double probability, double median, List<Move> moves) {
        public Table { moves = List.copyOf(moves); }
    }

    private WhatWouldMoveIt() {}

    /**
     * @return the table, or empty when the model cannot speak to the issue or the rule does not apply (no odds)
     */
    public static Optional<Table> of(OutcomeModel model, MonteCarloRequest request) {
        Objects.requireNonNull(model, "model");
        MonteCarloForecast engine = new MonteCarloForecast(model);
        if (!(engine.run(request) instanceof MonteCarloResult.Completed base) || base.odds().isEmpty()) return Optional.empty();
        boolean sqMeasure = base.odds().get().proposalIsStatusQuo() || base.odds().get().proposalPasses().isEmpty();
        double p0 = odds(base, sqMeasure), m0 = base.headline().p50();
        List<Move> moves = new ArrayList<>();
        for (ActorInput a : request.actors()) {
            PositionEstimate e = request.estimates().getOrDefault(a.id(), PositionEstimate.exact(a.position()));
            Move best = null;
            for (double dir : new double[] {STEP, -STEP}) {
                double to = Scale.clamp(e.mean() + dir);
                if (to == e.mean()) continue;
                Map<ActorId, PositionEstimate> est = new HashMap<>(request.estimates());
                est.put(a.id(), new PositionEstimate(to, e.sd(), e.flaggedNoReport()));
                List<ActorInput> actors = request.actors().stream().map(x -> x.id().equals(a.id()) ? x.withPosition(to) : x).toList();
                MonteCarloResult r = engine.run(new MonteCarloRequest(request.issue(), actors, est, request.draws(), request.seed(),
                        request.statusQuoEpsilon()));
                if (!(r instanceof MonteCarloResult.Completed c)) continue;
                double p = odds(c, sqMeasure), m = c.headline().p50();
                Move mv = new Move(a.id(), e.mean(), to, p, p - p0, m, m - m0);
                if (best == null || Math.abs(mv.change()) > Math.abs(best.change())
                        || (Math.abs(mv.change()) == Math.abs(best.change()) && Math.abs(mv.medianShift()) > Math.abs(best.medianShift())))
                    best = mv;
            }
            if (best != null && (best.change() != 0 || best.medianShift() != 0)) moves.add(best);
        }
        moves.sort(Comparator.comparingDouble((Move mv) -> -Math.abs(mv.change())).thenComparingDouble(mv -> -Math.abs(mv.medianShift()))
                .thenComparing(mv -> mv.actor().value()));
        return Optional.of(new Table(sqMeasure ? "P(status quo holds)" : "P(proposal passes as written)", p0, m0, moves));
    }

    private static double odds(MonteCarloResult.Completed c, boolean statusQuo) {
        MonteCarloResult.RuleOdds o = c.odds().orElseThrow();
        return statusQuo ? o.statusQuoHolds() : o.proposalPasses().orElseThrow();
    }
}
