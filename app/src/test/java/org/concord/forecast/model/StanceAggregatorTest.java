package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StanceAggregatorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    private static final ActorId USA = ActorId.of("USA"), DEU = ActorId.of("DEU"), HUN = ActorId.of("HUN");
    private final StanceAggregator aggregator = new StanceAggregator(StanceAggregator.Settings.DEFAULTS);

    private static StanceReport report(ReportSubject who, LocalDate date, String grade, double position) {
        return new StanceReport(who, date, AdmiraltyGrade.parse(grade), position, "quote");
    }

    @Test
    void a_report_weighs_reliability_times_credibility_times_recency() {
        // B2 = 0.8 * 0.8; 90 days old with a 90-day half-life halves it: 0.32.
        StanceReport r = report(ReportSubject.actor("USA"), AS_OF.minusDays(90), "B2", 0);
        assertThat(aggregator.weight(r, AS_OF)).isCloseTo(0.32, within(1e-12));
    }

    @Test
    void a_group_report_weighs_less_than_the_same_report_about_one_actor() {
        StanceReport one = report(ReportSubject.actor("DEU"), AS_OF, "B2", 60);
        StanceReport group = report(new ReportSubject.ActorGroup("most allies", Set.of(DEU, HUN)), AS_OF, "B2", 60);
        assertThat(aggregator.weight(group, AS_OF)).isCloseTo(0.5 * aggregator.weight(one, AS_OF), within(1e-12));
    }

    @Test
    void a_report_about_one_unnamed_member_of_a_group_is_spread_over_it_with_share_one_in_n() {
        // B3 = 0.8 * 0.6 = 0.48; group factor 0.5; one unnamed member of four: share 1/4, so 0.06 per member.
        StanceReport unnamed = report(ReportSubject.ActorGroup.oneUnnamed("an unknown ally", Set.of(USA, DEU, HUN, ActorId.of("FRA"))), AS_OF, "B3", 90);
        assertThat(aggregator.weight(unnamed, AS_OF)).isCloseTo(0.48 * 0.5 / 4, within(1e-12));
        // Beside a whole-group report at 30 (w 0.24), DEU's mean moves only a fifth of the way: (0.24*30 + 0.06*90) / 0.30 = 42.
        StanceReport most = report(new ReportSubject.ActorGroup("most allies", Set.of(DEU, HUN)), AS_OF, "B3", 30);
        assertThat(aggregator.estimate(List.of(DEU), List.of(most, unnamed), AS_OF).get(DEU).mean()).isCloseTo(42, within(1e-9));
    }

    @Test
    void a_report_dated_after_the_forecast_date_is_not_counted() {
        assertThat(aggregator.weight(report(ReportSubject.actor("USA"), AS_OF.plusDays(1), "A1", 0), AS_OF)).isZero();
    }

    @Test
    void the_estimate_is_the_weighted_mean_and_its_spread_shrinks_with_weight_and_widens_with_contradiction() {
        // DEU: A1 today at 60 (w 1) and the group report C3 today at 80 (w 0.6*0.6*0.5 = 0.18). By hand:
        // mean = (60 + 0.18*80) / 1.18 = 63.0508...; dispersion^2 = (1*(60-m)^2 + 0.18*(80-m)^2) / 1.18;
        // sd = sqrt(20^2 / 2.18 + dispersion^2).
        List<StanceReport> reports = List.of(
                report(ReportSubject.actor("DEU"), AS_OF, "A1", 60),
                report(new ReportSubject.ActorGroup("most allies", Set.of(DEU, HUN)), AS_OF, "C3", 80));
        Map<ActorId, PositionEstimate> e = aggregator.estimate(List.of(USA, DEU, HUN), reports, AS_OF);
        double m = (60 + 0.18 * 80) / 1.18;
        double disp2 = ((60 - m) * (60 - m) + 0.18 * (80 - m) * (80 - m)) / 1.18;
        assertThat(e.get(DEU).mean()).isCloseTo(m, within(1e-9));
        assertThat(e.get(DEU).sd()).isCloseTo(Math.sqrt(400 / 2.18 + disp2), within(1e-9));
        // HUN has only the group report: mean 80, sd = sqrt(400 / 1.18), no dispersion.
        assertThat(e.get(HUN).mean()).isCloseTo(80, within(1e-9));
        assertThat(e.get(HUN).sd()).isCloseTo(Math.sqrt(400 / 1.18), within(1e-9));
        assertThat(e.get(HUN).flaggedNoReport()).isFalse();
    }

    @Test
    void an_actor_without_any_report_gets_the_wide_prior_and_is_flagged() {
        Map<ActorId, PositionEstimate> e = aggregator.estimate(List.of(USA), List.of(), AS_OF);
        assertThat(e.get(USA)).isEqualTo(new PositionEstimate(50, 30, true));
    }

    @Test
    void contradicting_reports_give_a_wider_spread_than_agreeing_ones() {
        List<StanceReport> agree = List.of(report(ReportSubject.actor("USA"), AS_OF, "B2", 10), report(ReportSubject.actor("USA"), AS_OF, "B2", 10));
        List<StanceReport> clash = List.of(report(ReportSubject.actor("USA"), AS_OF, "B2", 0), report(ReportSubject.actor("USA"), AS_OF, "B2", 20));
        double sdAgree = aggregator.estimate(List.of(USA), agree, AS_OF).get(USA).sd();
        double sdClash = aggregator.estimate(List.of(USA), clash, AS_OF).get(USA).sd();
        assertThat(sdClash).isGreaterThan(sdAgree);
        assertThat(sdAgree).isLessThan(StanceAggregator.Settings.DEFAULTS.baseSd());
    }
}
