package org.concord.forecast.model;

import java.util.Objects;

/**
 * One actor's stake in a forecast issue.
 *
 * @param id         the actor, must not be null
 * @param position   its ideal point on the 0-100 issue scale
 * @param salience   how much the issue matters to it, 0-100
 * @param capability its power to shape the outcome, must be finite and above 0
 * @param voteWeight its weight in the vote, finite and at least 0; 0 means it bargains but does not vote
 * @param population the population it speaks for, finite and at least 0; used only by a QMV rule with a
 *                   population threshold
 */
public record ActorInput(ActorId id, double position, double salience, double capability, double voteWeight,
                         double population) {
    public ActorInput {
        Objects.requireNonNull(id, "id");
        Scale.check("position of " + id, position);
        Scale.check("salience of " + id, salience);
        if (!(capability > 0 && capability < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("capability of " + id + " must be finite and above 0, was " + capability);
        if (!(voteWeight >= 0 && voteWeight < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("vote weight of " + id + " must be finite and at least 0, was " + voteWeight);
        if (!(population >= 0 && population < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("population of " + id + " must be finite and at least 0, was " + population);
    }

    /** An actor with one vote and no population figure. */
    public static ActorInput voter(String id, double position, double salience, double capability) {
        return new ActorInput(ActorId.of(id), position, salience, capability, 1, 0);
    }

    public ActorInput withPosition(double newPosition) {
        return new ActorInput(id, newPosition, salience, capability, voteWeight, population);
    }

    ActorInput withVoteWeight(double weight) {
        return new ActorInput(id, position, salience, capability, weight, population);
    }

    ActorInput withPopulation(double newPopulation) {
        return new ActorInput(id, position, salience, capability, voteWeight, newPopulation);
    }

    /** Whether the actor votes (and so, under unanimity, holds a veto). */
    public boolean votes() { return voteWeight > 0; }
}
