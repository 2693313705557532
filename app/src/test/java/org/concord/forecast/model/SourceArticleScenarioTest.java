package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The NATO Mission Iraq question of the source article, as an end-to-end example of the forecasting core. The scale
 * and the readings of the quotes are the test author's judgement, not data: 0 = NMI ends in September (the US ask),
 * 100 = NMI continues at its current scope; the status quo is 100 (the mission runs until all 32 agree otherwise).
 */
class SourceArticleScenarioTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @Test
    void the_september_exit_rarely_passes_and_uncertainty_about_the_most_reluctant_ally_keeps_more_of_the_mission() {
        List<ActorId> allies = new ArrayList<>();
        for (String c : new String[] {"USA", "DEU", "FRA", "GBR", "ITA", "ESP", "POL", "TUR", "CAN", "NLD"}) allies.add(ActorId.of(c));
        Set<ActorId> europeans = new HashSet<>(allies);
        europeans.remove(ActorId.of("USA"));
        List<StanceReport> reports = List.of(
                // "Washington asked the allies to complete the mission as early as September" (two diplomats): B2.
                new StanceReport(ReportSubject.actor("USA"), LocalDate.of(2026, 2, 20), AdmiraltyGrade.parse("B2"), 0,
                        "Washington asked the allies to complete the mission as early as September"),
                // "'most' of the allies are in favour of reducing ... on a longer planning horizon and maintaining a
                // small residual mission": a group report, read as 40 on the scale.
                new StanceReport(new ReportSubject.ActorGroup("most allies", europeans), LocalDate.of(2026, 2, 20), AdmiraltyGrade.parse("B3"), 40,
                        "most of the allies are in favour of reducing the Iraqi mission, but on a longer planning horizon"),
                // "Now is not the time to leave Iraq": one unnamed diplomat, read as 80, attributed to no one actor.
                new StanceReport(new ReportSubject.ActorGroup("first diplomat", europeans), LocalDate.of(2026, 2, 20), AdmiraltyGrade.parse("C3"), 80,
                        "Now is not the time to leave Iraq"));
        Map<ActorId, PositionEstimate> estimates = new StanceAggregator(StanceAggregator.Settings.DEFAULTS).estimate(allies, reports, AS_OF);
        List<ActorInput> actors = allies.stream().map(id -> new ActorInput(id, estimates.get(id).mean(),
                id.value().equals("USA") ? 90 : 50, id.value().equals("USA") ? 40 : 5, 1, 0)).toList();
        ForecastIssue issue = new ForecastIssue(IssueId.of("nmi-2026"), "NMI ends in September", "NMI continues at current scope",
                java.util.OptionalDouble.of(100), java.util.OptionalDouble.of(0), DecisionRule.UNANIMITY, java.util.Optional.of(ActorId.of("USA")));

        MonteCarloResult.Completed r = (MonteCarloResult.Completed) new MonteCarloForecast(new WinSetModel())
                .run(MonteCarloRequest.of(issue, actors, estimates, 10_000, 2026L));

        // Central scenario, by hand: each European's estimate is the weighted mean of the two group reports,
        // (0.48*40 + 0.36*80) / 0.84 = 57.1 (weights x the same 9-day decay), so the win-set of SQ 100 is
        // [2*57.1 - 100, 100] = [14.3, 100] and the US as setter would get 14.3.
        double central = Fixtures.point(new WinSetModel().predict(issue, r.request().centralActors()));
        assertThat(central).isCloseTo(2 * (0.48 * 40 + 0.36 * 80) / 0.84 - 100, org.assertj.core.api.Assertions.within(1e-9));
        // With uncertainty the bound is set by whichever of nine Europeans draws most reluctant, so the median
        // outcome sits well above the central scenario; the September exit (0) almost never passes as written.
        assertThat(r.outcome().p50()).isGreaterThan(central + 20);
        assertThat(r.odds().orElseThrow().proposalPasses().getAsDouble()).isLessThan(0.05);
        assertThat(r.pivotal().getFirst().actor()).isNotEqualTo(ActorId.of("USA"));
        assertThat(r.levers()).hasSize(allies.size());
    }
}
