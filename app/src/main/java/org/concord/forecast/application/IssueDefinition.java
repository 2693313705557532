package org.concord.forecast.application;

import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ForecastIssue;
import org.concord.forecast.model.IssueId;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Iso3;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A forecast issue as the desk keeps it: the scale with the written meaning of its ends, the status quo, the proposal,
 * the decision rule, who proposes, and the per-member overrides of capability, salience and vote weight.
 *
 * <p>The actors are not stored: they are the members of the organisation on {@code date}, each with capability
 * {@value #DEFAULT_CAPABILITY}, salience {@value #DEFAULT_SALIENCE} and vote weight {@value #DEFAULT_VOTE_WEIGHT} unless
 * overridden here.
 *
 * @param id           must not be null
 * @param item         the decision item the issue forecasts, if any
 * @param title        not blank
 * @param zeroMeans    what 0 on the scale stands for, not blank
 * @param hundredMeans what 100 stands for, not blank
 * @param statusQuo    what holds if nothing passes, on 0-100
 * @param proposal     the proposal as written, on 0-100
 * @param rule         must not be null
 * @param proposer     the member that proposes; empty when the chair (the secretariat) does
 * @param date         the day the issue is decided on: the members on that day are the actors; must not be null
 * @param capabilities capability overrides, each finite and above 0
 * @param saliences    salience overrides, each on 0-100
 * @param voteWeights  vote-weight overrides (for QMV), each finite and at least 0
 * @param note         the analyst's note, if any
 * @param sources      source keys, never null
 */
public record IssueDefinition(IssueId id, Optional<ItemId> item, String title, String zeroMeans, String hundredMeans,
                              double statusQuo, double proposal, DecisionRule rule, Optional<Iso3> proposer, LocalDate date,
                              Map<Iso3, Double> capabilities, Map<Iso3, Double> saliences, Map<Iso3, Double> voteWeights,
                              Optional<String> note, List<String> sources) {
    static final double DEFAULT_CAPABILITY = 1;
    static final double DEFAULT_SALIENCE = 50;
    static final double DEFAULT_VOTE_WEIGHT = 1;

    public IssueDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        requireText("title", title);
        requireText("scale0", zeroMeans);
        requireText("scale100", hundredMeans);
        onScale("statusQuo", statusQuo);
        onScale("proposal", proposal);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(date, "date");
        capabilities = sorted(capabilities);
        saliences = sorted(saliences);
        voteWeights = sorted(voteWeights);
        capabilities.forEach((k, c) -> {
            if (!(c > 0 && c < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException("capability of " + k + " must be finite and above 0, was " + c);
        });
        saliences.forEach((k, s) -> onScale("salience of " + k, s));
        voteWeights.forEach((k, w) -> {
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException("vote weight of " + k + " must be finite and at least 0, was " + w);
        });
        Objects.requireNonNull(note, "note");
        sources = List.copyOf(sources);
    }

    /** The issue for the pure models; the proposer is an actor only when a member proposes. */
    ForecastIssue toModel() {
        return new ForecastIssue(id, zeroMeans, hundredMeans, OptionalDouble.of(statusQuo), OptionalDouble.of(proposal), rule,
                proposer.map(IssueDefinition::actor));
    }

    /**
     * The actors: one per member, at the prior position {@code position} (the forecast replaces it by the estimate),
     * with the overrides of this issue.
     */
    List<ActorInput> actors(List<Iso3> members, double position) {
        return members.stream().map(m -> new ActorInput(actor(m), position, saliences.getOrDefault(m, DEFAULT_SALIENCE),
                capabilities.getOrDefault(m, DEFAULT_CAPABILITY), voteWeights.getOrDefault(m, DEFAULT_VOTE_WEIGHT), 0)).toList();
    }

    /** The forecasting actor that stands for a member. */
    public static ActorId actor(Iso3 member) { return ActorId.of(member.code()); }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
    }

    private static void onScale(String what, double x) {
        if (!(x >= 0 && x <= 100)) throw new IllegalArgumentException(what + " must be on the 0-100 scale, was " + x);
    }

    private static Map<Iso3, Double> sorted(Map<Iso3, Double> m) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(m, "overrides")));
    }
}
