package org.concord.bench;

import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ForecastIssue;
import org.concord.forecast.model.MonteCarloRequest;
import org.concord.forecast.model.PositionEstimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The forecast input every Monte Carlo benchmark measures: {@code actors} seeded actors at positions 0-60 (sd 10) under
 * {@code rule}, status quo 100, proposal 20 by actor a0, so every draw takes the models' full path.
 */
final class SyntheticIssue {
    private SyntheticIssue() {}

    static MonteCarloRequest request(int actors, DecisionRule rule, int draws) {
        SplittableRandom rng = new SplittableRandom(1);
        List<ActorInput> list = new ArrayList<>();
        Map<ActorId, PositionEstimate> estimates = new HashMap<>();
        for (int i = 0; i < actors; i++) {
            double position = 60 * rng.nextDouble();
            ActorInput a = new ActorInput(ActorId.of("a" + i), position, 100 * rng.nextDouble(), 1 + 99 * rng.nextDouble(),
                    1 + rng.nextInt(29), 1 + 80 * rng.nextDouble());
            list.add(a);
            estimates.put(a.id(), new PositionEstimate(position, 10, false));
        }
        ForecastIssue issue = ForecastIssue.of("bench", "", "").withRule(rule).withReferencePoint(100).withProposal(20)
                .withProposer(ActorId.of("a0"));
        return MonteCarloRequest.of(issue, list, estimates, draws, 42L);
    }
}
