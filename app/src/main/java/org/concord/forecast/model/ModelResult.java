package org.concord.forecast.model;

import java.util.Objects;
import java.util.Optional;

/** What a model says about an issue: a predicted point, or why it says nothing. */
public sealed interface ModelResult permits ModelResult.Predicted, ModelResult.Skipped {

    /** The name of the model that produced this result. */
    String model();

    /**
     * @param model     the model's name, not blank
     * @param point     the predicted outcome on 0-100
     * @param winSet    the win-set of the reference point under the rule, when the issue has a reference
     *                  point and at least one voter
     * @param rationale one or two sentences saying how the point came about, not blank
     */
    record Predicted(String model, double point, Optional<WinSet> winSet, String rationale) implements ModelResult {
        public Predicted {
            if (model == null || model.isBlank()) throw new IllegalArgumentException("model name must not be blank");
            Scale.check("predicted point of " + model, point);
            Objects.requireNonNull(winSet, "winSet");
            if (rationale == null || rationale.isBlank()) throw new IllegalArgumentException("rationale must not be blank");
        }
    }

    /**
     * @param model  the model's name, not blank
     * @param reason why the model cannot predict this issue, not blank
     */
    record Skipped(String model, String reason) implements ModelResult {
        public Skipped {
            if (model == null || model.isBlank()) throw new IllegalArgumentException("model name must not be blank");
            if (reason == null || reason.isBlank()) throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
