package org.concord.forecast.validation;

import java.util.Map;

/** Whether to forecast with the ensemble or with the best single model, as the validation found. */
sealed interface EnsembleVerdict permits EnsembleVerdict.UseEnsemble, EnsembleVerdict.UseBestSingle,
        EnsembleVerdict.Undecided {

    /**
     * The leave-one-out ensemble had a lower MAE than every single model on the issues they all predicted.
     *
     * @param ensembleMae   its MAE on those issues
     * @param bestSingle    the best single model there
     * @param bestSingleMae that model's MAE there
     * @param issues        number of issues compared
     * @param weights       ensemble weights fitted on all issues (1 / MAE, normalised), for forecasting from now on
     */
    record UseEnsemble(double ensembleMae, String bestSingle, double bestSingleMae, int issues,
                       Map<String, Double> weights) implements EnsembleVerdict {
        public UseEnsemble { weights = Map.copyOf(weights); }
    }

    /**
     * The best single model did at least as well as the ensemble.
     *
     * @param bestSingle    its name
     * @param bestSingleMae its MAE on the issues compared
     * @param ensembleMae   the ensemble's MAE there
     * @param issues        number of issues compared
     */
    record UseBestSingle(String bestSingle, double bestSingleMae, double ensembleMae, int issues) implements EnsembleVerdict { }

    /** @param reason why no comparison was possible (fewer than two models, or no issue all of them predicted) */
    record Undecided(String reason) implements EnsembleVerdict { }
}
