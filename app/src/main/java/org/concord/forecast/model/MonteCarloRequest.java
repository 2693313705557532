package org.concord.forecast.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a Monte Carlo forecast depends on besides the model. Recorded in the result, so that running the same
 * request with the same model version gives identical numbers.
 *
 * @param issue            the issue, must not be null
 * @param actors           the actors, not empty, distinct ids
 * @param estimates        position estimates by actor; an actor without one is held at its {@link ActorInput#position()}.
 *                         Every key must be one of the actors
 * @param draws            number of draws, 1 to 10,000,000
 * @param seed             seed of the {@link java.util.SplittableRandom} that draws the positions
 * @param statusQuoEpsilon how close (scale points) to the status quo an outcome counts as "status quo holds", finite, at least 0
 */
public record MonteCarloRequest(ForecastIssue issue, List<ActorInput> actors, Map<ActorId, PositionEstimate> estimates,
                                int draws, long seed, double statusQuoEpsilon) {
    /** Half a scale point. */
    public static final double DEFAULT_EPSILON = 0.5;

    public MonteCarloRequest {
        Objects.requireNonNull(issue, "issue");
        actors = List.copyOf(actors);
        estimates = Map.copyOf(estimates);
        if (actors.isEmpty()) throw new IllegalArgumentException("a forecast needs at least one actor");
        Set<ActorId> ids = new HashSet<>();
        for (ActorInput a : actors)
            if (!ids.add(a.id())) throw new IllegalArgumentException("actor " + a.id() + " appears twice");
        for (ActorId id : estimates.keySet())
            if (!ids.contains(id)) throw new IllegalArgumentException("estimate for " + id + ", who is not among the actors");
        if (draws < 1 || draws > 10_000_000) throw new IllegalArgumentException("draws must be 1 to 10,000,000, was " + draws);
        if (!(statusQuoEpsilon >= 0 && statusQuoEpsilon < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("status-quo epsilon must be finite and at least 0, was " + statusQuoEpsilon);
    }

    /** A request with the default epsilon. */
    public static MonteCarloRequest of(ForecastIssue issue, List<ActorInput> actors, Map<ActorId, PositionEstimate> estimates,
                                       int draws, long seed) {
        return new MonteCarloRequest(issue, actors, estimates, draws, seed, DEFAULT_EPSILON);
    }

    /** The actors at the means of their estimates (or their given positions): the central scenario. */
    List<ActorInput> centralActors() {
        return actors.stream().map(a -> {
            PositionEstimate e = estimates.get(a.id());
            return e == null ? a : a.withPosition(e.mean());
        }).toList();
    }
}
