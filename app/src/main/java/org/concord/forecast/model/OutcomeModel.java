package org.concord.forecast.model;

import java.util.List;

/**
 * A model that predicts where an issue will settle on its 0-100 scale. Implementations are pure: the same inputs
 * give the same result, and nothing is read from or written to the outside.
 */
public interface OutcomeModel {

    /** A short stable name used in reports and JSON, e.g. {@code compromise}. */
    String name();

    /** The version of the model's formulation; bumped whenever the same inputs would give another result. */
    default String version() { return "1"; }

    /**
     * Whether the model's point always lies in what the decision rule lets pass (the win-set of the status quo) when
     * the issue has a reference point. A model that ignores the rule is shown as a reference beside a headline
     * restricted to the win-set, never as the headline itself.
     */
    default boolean obeysRule() { return false; }

    /**
     * Predicts the outcome.
     *
     * @param issue  the issue, must not be null
     * @param actors the actors, must not be null or empty, ids must be distinct
     * @return a {@link ModelResult.Predicted} point, or {@link ModelResult.Skipped} with the reason when the model
     *         cannot speak to this issue (e.g. it needs a reference point and there is none)
     * @throws IllegalArgumentException if the actors are empty, repeat an id, or the proposer is not among them
     */
    ModelResult predict(ForecastIssue issue, List<ActorInput> actors);
}
