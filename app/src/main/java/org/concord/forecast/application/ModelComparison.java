package org.concord.forecast.application;

import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.ForecastIssue;
import org.concord.forecast.model.ForecastModels;
import org.concord.forecast.model.ModelResult;
import org.concord.forecast.model.OutcomeModel;
import org.concord.forecast.model.WinSet;
import org.concord.shared.Violations;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every model side by side on the inputs of one stored forecast: each model's point in the central scenario (every
 * actor at its estimated position) with its rationale, and the odds and bands of the newest stored forecast of that
 * model on the same issue with stances weighed on the same day, when one was run. Also the win-set of the central
 * scenario and which model is the default for the issue's rule, and why.
 *
 * @param forecast      the forecast compared
 * @param defaultModel  the model a forecast of this issue runs when none is asked for
 * @param defaultReason why that model is the default
 * @param winSet        the win-set of the status quo in the central scenario; null when no actor has a vote
 * @param models        one row per offered model, in the order (a)-(d)
 */
public record ModelComparison(long forecast, String defaultModel, String defaultReason, WinSetData winSet, List<Row> models) {
    public ModelComparison {
        models = List.copyOf(models);
    }

    /**
     * The win-set [low, high] of the status quo under the issue's rule; {@code low == high} when nothing can pass.
     *
     * @param boundedBy the actors whose consent bounds it
     */
    public record WinSetData(double statusQuo, double low, double high, List<String> boundedBy) {
        static WinSetData of(WinSet w) {
            return new WinSetData(w.statusQuo(), w.low(), w.high(), w.boundedBy().stream().map(a -> a.value()).toList());
        }

        /** Whether nothing but the status quo can pass. */
        public boolean statusQuoOnly() { return low == high; }
    }

    /**
     * One model.
     *
     * @param model        its name
     * @param isDefault    whether it is the issue's default
     * @param obeysRule    whether its point always lies in the win-set
     * @param point        its point in the central scenario; null when it skipped the issue
     * @param rationale    how the point came about, or why it skipped
     * @param stored       the newest stored forecast of this model with the same issue and stance day, null if none
     * @param passes       that forecast's P(proposal passes as written)
     * @param holds        that forecast's P(status quo holds)
     * @param band         that forecast's outcome quantiles 5 / 50 / 95 %, null if it skipped
     * @param runs         that forecast's draws
     */
    public record Row(String model, boolean isDefault, boolean obeysRule, Double point, String rationale, Long stored, Double passes,
                      Double holds, ForecastData.DistributionData band, Integer runs) {}

    static ModelComparison of(ForecastData f, List<OutcomeModel> offered, List<ForecastData> sameIssue) {
        Violations v = new Violations();
        IssueDefinition d = f.inputs().issue().toModel("inputs.issue", v);
        if (d == null || !v.isEmpty()) throw new IllegalStateException("stored forecast " + f.id() + " has unreadable inputs");
        ForecastIssue issue = d.toModel();
        List<ActorInput> actors = f.inputs().actors().stream().map(ActorData::toInput).toList();
        String defaultModel = ForecastModels.defaultFor(d.rule());
        WinSetData winSet = null;
        List<Row> rows = new java.util.ArrayList<>();
        for (OutcomeModel m : offered) {
            ModelResult r = actors.isEmpty() ? new ModelResult.Skipped(m.name(), "no actors") : m.predict(issue, actors);
            Optional<ForecastData> stored = sameIssue.stream()
                    .filter(x -> x.model().equals(m.name()) && x.inputs().asOf().equals(f.inputs().asOf()))
                    .max(Comparator.comparing(ForecastData::at).thenComparing(ForecastData::id));
            if (m.name().equals(f.model()) && f.id() != null) stored = Optional.of(f);
            Double point = null;
            String rationale;
            switch (r) {
                case ModelResult.Predicted p -> {
                    point = p.point();
                    rationale = p.rationale();
                    if (winSet == null && p.winSet().isPresent()) winSet = WinSetData.of(p.winSet().get());
                }
                case ModelResult.Skipped s -> rationale = s.reason();
            }
            var res = stored.map(ForecastData::results);
            rows.add(new Row(m.name(), m.name().equals(defaultModel), m.obeysRule(), point, rationale, stored.map(ForecastData::id).orElse(null),
                    res.map(ForecastData.Results::proposalPasses).orElse(null), res.map(ForecastData.Results::statusQuoHolds).orElse(null),
                    res.map(ForecastData.Results::outcome).orElse(null), stored.map(ForecastData::runs).orElse(null)));
        }
        return new ModelComparison(f.id() == null ? 0 : f.id(), defaultModel, ForecastModels.defaultReason(d.rule()), winSet, rows);
    }
}
