package org.concord.forecast.model;

import java.util.List;

/** The single models Concord offers, for the CLI, the HTTP layer and the validation tool to list. */
public final class ForecastModels {
    private ForecastModels() {}

    /**
     * The default model for a rule: the forecast model whose rule-obeying headline had the lowest cross-validated
     * CRPS on the DEU III development half (178 EU Council issues, 10 folds grouped by proposal, seed 1; see the README,
     * "Validation"): win-set for both rules there (QMV CRPS 20.29 on 138 issues, unanimity 25.52 on 40), and for
     * MAJORITY, which that data does not have, the same. A test recomputes the choice from the data.
     */
    public static String defaultFor(DecisionRule rule) {
        return switch (rule) {
            case DecisionRule.Unanimity u -> "win-set";
            case DecisionRule.Qmv q -> "win-set";
            case DecisionRule.Majority m -> "win-set";
        };
    }

    /** Why {@link #defaultFor} chose its model, one sentence for the forecast output. */
    public static String defaultReason(DecisionRule rule) {
        return switch (rule) {
            case DecisionRule.Unanimity u -> "lowest cross-validated CRPS (25.5 on 40 unanimity issues of the DEU III development half) among the models whose headline obeys the rule";
            case DecisionRule.Qmv q -> "lowest cross-validated CRPS (20.3 on 138 QMV issues of the DEU III development half) among the models whose headline obeys the rule";
            case DecisionRule.Majority m -> "no majority cases to validate on; the model chosen for unanimity and QMV on the DEU III development half";
        };
    }

    /** {@link #defaultReason(DecisionRule)} by the rule's code ({@code UNANIMITY}, {@code QMV}, {@code MAJORITY}). */
    public static String defaultReason(String ruleCode) {
        return switch (ruleCode) {
            case "QMV" -> defaultReason(DecisionRule.qmv(0.74));
            case "MAJORITY" -> defaultReason(DecisionRule.MAJORITY);
            default -> defaultReason(DecisionRule.UNANIMITY);
        };
    }

    /** Models (a) compromise, (b) win-set, (c) Nash bargaining and (d) expected utility (10 rounds). */
    public static List<OutcomeModel> standard() {
        return List.of(new CompromiseModel(), new WinSetModel(), new NashBargainingModel(), new ExpectedUtilityAdapter(10));
    }
}
