package org.concord.forecast.model;

import java.util.List;

/** The single models Concord offers, for the CLI, the HTTP layer and the validation tool to list. */
public final class ForecastModels {
    private ForecastModels() {}

    /** Models (a) compromise, (b) win-set, (c) Nash bargaining and (d) expected utility (10 rounds). */
    public static List<OutcomeModel> standard() {
        return List.of(new CompromiseModel(), new WinSetModel(), new NashBargainingModel(), new ExpectedUtilityAdapter(10));
    }
}
