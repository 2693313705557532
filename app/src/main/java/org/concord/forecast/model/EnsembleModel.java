package org.concord.forecast.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Model (e): a weighted mean of other models' predictions. Members that skip an issue drop out and the remaining
 * weights are renormalised; if every member skips, so does the ensemble.
 *
 * <p>Averaging forecasts usually beats the average member and often the best one (Clemen 1989, "Combining
 * forecasts: a review"), but only when the members err differently. Concord uses an ensemble only where the
 * validation tool shows it beating the best single model out of sample (see
 * {@code org.concord.forecast.validation}); the weights are an input, fitted there.
 */
public final class EnsembleModel implements OutcomeModel, ArrayModel {

    /**
     * @param model  a member model, must not be null
     * @param weight its weight, finite and above 0
     */
    public record Member(OutcomeModel model, double weight) {
        public Member {
            Objects.requireNonNull(model, "model");
            if (!(weight > 0 && weight < Double.POSITIVE_INFINITY))
                throw new IllegalArgumentException("weight of " + model.name() + " must be finite and above 0, was " + weight);
        }
    }

    private final List<Member> members;

    /** @param members at least one, with distinct model names */
    public EnsembleModel(List<Member> members) {
        this.members = List.copyOf(members);
        if (this.members.isEmpty()) throw new IllegalArgumentException("an ensemble needs at least one member");
        Set<String> names = new HashSet<>();
        for (Member m : this.members)
            if (!names.add(m.model().name())) throw new IllegalArgumentException("model " + m.model().name() + " appears twice in the ensemble");
    }

    List<Member> members() { return members; }

    @Override public String name() { return "ensemble"; }

    @Override
    public ModelResult predict(ForecastIssue issue, List<ActorInput> actors) {
        if (kernelReady()) return ArrayModel.predict(name(), this, issue, actors);
        double num = 0, den = 0;
        List<String> why = new ArrayList<>();
        Optional<WinSet> winSet = Optional.empty();
        for (Member m : members) {
            switch (m.model().predict(issue, actors)) {
                case ModelResult.Predicted p -> {
                    num += m.weight() * p.point();
                    den += m.weight();
                    if (winSet.isEmpty()) winSet = p.winSet();
                }
                case ModelResult.Skipped s -> why.add(s.model() + ": " + s.reason());
            }
        }
        if (den == 0) return new ModelResult.Skipped(name(), "every member skipped (" + String.join("; ", why) + ")");
        return new ModelResult.Predicted(name(), Scale.clamp(num / den), winSet, "Weighted mean of " + (members.size() - why.size())
                + " member models" + (why.isEmpty() ? "." : "; skipped " + why + "."));
    }

    @Override
    public boolean kernelReady() {
        for (Member m : members)
            if (!(m.model() instanceof ArrayModel a) || !a.kernelReady()) return false;
        return true;
    }

    @Override
    public Optional<String> refusal(Problem p) {
        List<String> why = new ArrayList<>();
        for (Member m : members) ((ArrayModel) m.model()).refusal(p).ifPresent(r -> why.add(m.model().name() + ": " + r));
        return why.size() == members.size() ? Optional.of("every member skipped (" + String.join("; ", why) + ")") : Optional.empty();
    }

    @Override
    public double evaluate(Problem p, double[] pos, RuleGeometry g) {
        double num = 0, den = 0;
        for (Member m : members) {
            ArrayModel a = (ArrayModel) m.model();
            if (a.refusal(p).isPresent()) continue;
            num += m.weight() * a.evaluate(p, pos, g);
            den += m.weight();
        }
        return num / den;
    }

    @Override
    public String rationale(Problem p, double[] pos, RuleGeometry g, double point) {
        StringBuilder b = new StringBuilder("Weighted mean of");
        String sep = " ";
        for (Member m : members) {
            ArrayModel a = (ArrayModel) m.model();
            if (a.refusal(p).isPresent()) continue;
            b.append(sep).append(m.model().name()).append(' ').append(ArrayModel.fmt(a.evaluate(p, pos, g)))
                    .append(" (weight ").append(String.format(java.util.Locale.ROOT, "%.3g", m.weight())).append(')');
            sep = ", ";
        }
        return b.append('.').toString();
    }
}
