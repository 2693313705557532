package org.concord.forecast.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One question a consensus body decides, laid on a 0-100 scale.
 *
 * @param id             names the issue, must not be null
 * @param zeroMeans      what 0 on the scale stands for (e.g. "NMI ends in September"), must not be null, may be empty
 * @param hundredMeans   what 100 stands for (e.g. "NMI continues at its current scope"), must not be null, may be empty
 * @param referencePoint the status quo, i.e. what holds if nothing passes, on 0-100; empty if unknown (models that
 *                       need it then skip the issue)
 * @param proposal       the proposal as written, on 0-100; empty if none is tabled
 * @param rule           how the voters decide, must not be null
 * @param proposer       the actor holding the agenda (the setter), if any
 */
public record ForecastIssue(IssueId id, String zeroMeans, String hundredMeans, OptionalDouble referencePoint,
                            OptionalDouble proposal, DecisionRule rule, Optional<ActorId> proposer) {
    public ForecastIssue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zeroMeans, "zeroMeans");
        Objects.requireNonNull(hundredMeans, "hundredMeans");
        Objects.requireNonNull(referencePoint, "referencePoint");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(proposer, "proposer");
        referencePoint.ifPresent(r -> Scale.check("reference point of issue " + id, r));
        proposal.ifPresent(p -> Scale.check("proposal of issue " + id, p));
    }

    /** An issue decided by unanimity, with no reference point, proposal or proposer yet. */
    public static ForecastIssue of(String id, String zeroMeans, String hundredMeans) {
        return new ForecastIssue(IssueId.of(id), zeroMeans, hundredMeans, OptionalDouble.empty(), OptionalDouble.empty(),
                DecisionRule.UNANIMITY, Optional.empty());
    }

    public ForecastIssue withReferencePoint(double statusQuo) {
        return new ForecastIssue(id, zeroMeans, hundredMeans, OptionalDouble.of(statusQuo), proposal, rule, proposer);
    }

    public ForecastIssue withProposal(double point) {
        return new ForecastIssue(id, zeroMeans, hundredMeans, referencePoint, OptionalDouble.of(point), rule, proposer);
    }

    public ForecastIssue withRule(DecisionRule newRule) {
        return new ForecastIssue(id, zeroMeans, hundredMeans, referencePoint, proposal, newRule, proposer);
    }

    public ForecastIssue withProposer(ActorId actor) {
        return new ForecastIssue(id, zeroMeans, hundredMeans, referencePoint, proposal, rule, Optional.of(actor));
    }
}
