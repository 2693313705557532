package org.concord.forecast.model;

import java.util.ArrayList;
import java.util.List;

/** Builders for forecast test inputs. */
final class Fixtures {
    private Fixtures() {}

    /** A voter with salience 50, capability 1, vote weight 1. */
    static ActorInput voter(String id, double position) { return ActorInput.voter(id, position, 50, 1); }

    static ActorInput voter(String id, double position, double capability) { return ActorInput.voter(id, position, 50, capability); }

    /** Voters named A, B, C... at the given positions. */
    static List<ActorInput> voters(double... positions) {
        List<ActorInput> out = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) out.add(voter(String.valueOf((char) ('A' + i)), positions[i]));
        return out;
    }

    static ForecastIssue unanimity(double statusQuo) { return ForecastIssue.of("t", "", "").withReferencePoint(statusQuo); }

    static ForecastIssue issue(DecisionRule rule, double statusQuo) { return unanimity(statusQuo).withRule(rule); }

    static double point(ModelResult r) {
        if (r instanceof ModelResult.Predicted p) return p.point();
        throw new AssertionError("expected a prediction, got " + r);
    }

    static WinSet winSet(ModelResult r) {
        if (r instanceof ModelResult.Predicted p) return p.winSet().orElseThrow();
        throw new AssertionError("expected a prediction, got " + r);
    }
}
