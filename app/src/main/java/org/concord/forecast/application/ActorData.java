package org.concord.forecast.application;

import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.PositionEstimate;

/**
 * One actor of a forecast on the wire: its estimated position and its weights.
 *
 * @param actor           the member's ISO3 code
 * @param position        the estimated mean position, 0-100
 * @param sd              the spread of the estimate
 * @param flaggedNoReport true when no reported stance covers the actor and the position is the wide prior
 * @param reports         how many reported stances were counted for it
 * @param salience        0-100
 * @param capability      above 0
 * @param voteWeight      at least 0
 */
public record ActorData(String actor, double position, double sd, boolean flaggedNoReport, int reports, double salience,
                        double capability, double voteWeight) {

    static ActorData of(ActorInput a, PositionEstimate e, int reports) {
        return new ActorData(a.id().value(), e.mean(), e.sd(), e.flaggedNoReport(), reports, a.salience(), a.capability(), a.voteWeight());
    }

    ActorInput toInput() {
        return new ActorInput(org.concord.forecast.model.ActorId.of(actor), position, salience, capability, voteWeight, 0);
    }

    PositionEstimate estimate() { return new PositionEstimate(position, sd, flaggedNoReport); }
}
