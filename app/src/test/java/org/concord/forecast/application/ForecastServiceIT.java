package org.concord.forecast.application;

import org.concord.boot.Concord;
import org.concord.forecast.model.IssueId;
import org.concord.journal.JournalEntry;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.shared.Violation;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.concord.testing.Fixtures.ADMIN;

/** The forecasting use cases on the built-in data: the source article's questions and its reported stances. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastServiceIT {
    static final Principal ANALYST = Principal.of("ann", Role.ANALYST);
    Concord concord;
    ForecastService forecasts;

    @BeforeAll
    void load() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        forecasts = concord.forecasts();
    }

    @AfterAll
    void close() { concord.close(); }

    static List<String> fields(InvalidInput e) { return e.violations().stream().map(Violation::field).toList(); }

    private ForecastData run(String issue, String model, int runs, long seed) {
        return forecasts.run(ANALYST, new ForecastRequestData(issue, runs, seed, model, null), done -> { });
    }

    @Test
    void the_built_in_data_brings_the_four_issues_of_the_article_linked_to_their_decision_items() {
        List<IssueData> issues = forecasts.issues(ADMIN);
        assertThat(issues).extracting(IssueData::id).containsExactly("nmi-end", "kfor-size", "ankara-partners", "public-forum");
        IssueData nmi = issues.getFirst();
        assertThat(nmi.item()).isEqualTo("nmi-termination-2026");
        assertThat(nmi.proposer()).isEqualTo("USA");
        assertThat(nmi.rule()).isEqualTo("UNANIMITY");
        assertThat(nmi.statusQuo()).isEqualTo(100.0);
        assertThat(nmi.proposal()).isEqualTo(0.0);
        assertThat(nmi.date()).as("dated by its decision item").isEqualTo("2026-02-19");
        assertThat(issues.get(3).proposer()).isEqualTo(IssueData.CHAIR);
        List<JournalEntry> defined = concord.journal().list(ADMIN, Optional.of("issue:nmi-end"), Optional.empty(), 0, 100);
        assertThat(defined).extracting(JournalEntry::type).containsExactly("ForecastIssueDefined", "StanceReported", "StanceReported",
                "StanceReported", "StanceReported");
    }

    @Test
    void forecasting_the_nmi_question_names_the_usa_as_proposer_and_finds_a_compromise_above_its_proposal() {
        List<Integer> progress = new ArrayList<>();
        ForecastData f = forecasts.run(ANALYST, new ForecastRequestData("nmi-end", 10_000, 2026L, null, null), progress::add);
        ForecastData.Results r = f.results();
        assertThat(f.model()).as("the default for unanimity").isEqualTo(org.concord.forecast.model.ForecastModels.defaultFor(org.concord.forecast.model.DecisionRule.UNANIMITY));
        assertThat(f.inputs().issue().proposer()).isEqualTo("USA");
        assertThat(f.inputs().actors()).hasSize(32);
        assertThat(f.inputs().stances()).as("the three stances about allies; the secretariat's is not counted").hasSize(3);
        assertThat(r.completed()).isTrue();
        // Unanimity: the September exit passes only if all 32 prefer it to the status quo in the same draw.
        assertThat(r.proposalPasses()).isLessThan(0.05);
        assertThat(r.proposalPasses() + r.statusQuoHolds() + r.compromise()).isCloseTo(1.0, within(1e-9));
        assertThat(r.compromise()).isGreaterThan(0.5);
        assertThat(r.outcome().p50()).isGreaterThan(f.inputs().issue().proposal()).isLessThan(100);
        assertThat(r.outcome().p5()).isLessThanOrEqualTo(r.outcome().p50());
        assertThat(r.outcome().p50()).isLessThanOrEqualTo(r.outcome().p95());
        assertThat(r.setterPoint().p50()).as("what the USA can get, in (its ask, the status quo)").isGreaterThan(0).isLessThan(100);
        assertThat(r.pivotal()).isNotEmpty();
        assertThat(r.pivotal().getFirst().actor()).as("the blocker is a reluctant ally, not the proposer").isNotEqualTo("USA");
        assertThat(r.levers()).hasSize(32);
        assertThat(r.histogram().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
        assertThat(progress).isNotEmpty().last().isEqualTo(10_000);
    }

    @Test
    void every_model_forecasts_the_nmi_question_and_what_the_rule_lets_pass_does_not_depend_on_the_model() {
        List<ForecastData> runs = forecasts.models().stream().map(m -> run("nmi-end", m, 500, 7)).toList();
        assertThat(runs).extracting(ForecastData::model).containsExactly("compromise", "win-set", "nash-bargaining", "expected-utility");
        for (ForecastData f : runs) {
            assertThat(f.results().completed()).as(f.model()).isTrue();
            assertThat(f.results().proposalPasses()).as(f.model()).isEqualTo(runs.getFirst().results().proposalPasses());
            assertThat(f.results().pivotal()).as(f.model()).isEqualTo(runs.getFirst().results().pivotal());
            assertThat(f.results().outcome().p50()).as(f.model()).isBetween(0.0, 100.0);
        }
    }

    @Test
    void an_ally_no_stance_covers_gets_the_wide_prior_and_is_flagged_and_the_secretariat_is_listed_but_not_counted() {
        IssueView kfor = forecasts.issue(ADMIN, IssueId.of("kfor-size"), Optional.empty());
        assertThat(kfor.actors()).hasSize(32);
        ActorData can = kfor.actors().stream().filter(a -> a.actor().equals("CAN")).findFirst().orElseThrow();
        assertThat(can.flaggedNoReport()).as("EUROPEAN_ALLIES leaves out USA and CAN").isTrue();
        assertThat(can.position()).isEqualTo(50.0);
        assertThat(can.sd()).isEqualTo(30.0);
        assertThat(kfor.actors().stream().filter(ActorData::flaggedNoReport)).extracting(ActorData::actor).containsExactly("CAN");
        IssueView.StanceReading secretariat = kfor.stances().stream().filter(s -> s.about().equals("SECRETARIAT")).findFirst().orElseThrow();
        assertThat(secretariat.counted()).isFalse();
        assertThat(secretariat.reading()).contains("not counted");
        assertThat(kfor.stances()).filteredOn(IssueView.StanceReading::counted).extracting(IssueView.StanceReading::about)
                .containsExactlyInAnyOrder("USA", "EUROPEAN_ALLIES");
    }

    @Test
    void stances_reported_after_the_as_of_date_are_not_counted() {
        IssueView before = forecasts.issue(ADMIN, IssueId.of("nmi-end"), Optional.of(java.time.LocalDate.of(2026, 2, 1)));
        assertThat(before.actors()).allSatisfy(a -> assertThat(a.flaggedNoReport()).isTrue());
        assertThat(before.stances()).noneMatch(IssueView.StanceReading::counted);
    }

    @Test
    void a_chair_proposal_has_no_proposer_among_the_actors_and_still_forecasts() {
        ForecastData f = run("public-forum", "win-set", 2_000, 3);
        assertThat(f.inputs().issue().proposer()).isEqualTo(IssueData.CHAIR);
        assertThat(f.results().completed()).isTrue();
        // Since the announced cancellation (issue 16) the chair's proposal is the status quo: the odds say so rather
        // than give a separate P(pass) for one and the same outcome (issue 15).
        assertThat(f.results().proposalIsStatusQuo()).isTrue();
        assertThat(f.results().proposalPasses()).isNull();
        assertThat(f.results().statusQuoHolds()).isNotNull();
    }

    @Test
    void re_running_a_stored_forecast_reproduces_it_exactly() {
        ForecastData stored = run("nmi-end", "nash-bargaining", 3_000, 99);
        assertThat(forecasts.forecast(ADMIN, new ForecastId(stored.id()))).isEqualTo(stored);
        assertThat(forecasts.reproduce(ANALYST, new ForecastId(stored.id()))).isInstanceOf(Reproduction.Identical.class);
        ForecastData again = run("nmi-end", "nash-bargaining", 3_000, 99);
        assertThat(again.id()).isNotEqualTo(stored.id());
        assertThat(again.results()).isEqualTo(stored.results());
        assertThat(run("nmi-end", "nash-bargaining", 3_000, 100).results()).as("another seed, other draws").isNotEqualTo(stored.results());
    }

    @Test
    void stored_forecasts_are_listed_newest_first_and_journaled() {
        ForecastData f = run("kfor-size", "win-set", 200, 5);
        List<ForecastSummary> list = forecasts.forecasts(ADMIN, Optional.of(IssueId.of("kfor-size")));
        assertThat(list.getFirst().id()).isEqualTo(f.id());
        assertThat(list).allSatisfy(s -> assertThat(s.issue()).isEqualTo("kfor-size"));
        assertThat(concord.journal().list(ADMIN, Optional.of("forecast:" + f.id()), Optional.empty(), 0, 10))
                .extracting(JournalEntry::type).containsExactly("ForecastStored");
    }

    @Test
    void a_bad_forecast_request_names_every_bad_field_and_stores_nothing() {
        int before = forecasts.forecasts(ADMIN, Optional.empty()).size();
        InvalidInput bad = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class,
                () -> forecasts.run(ANALYST, new ForecastRequestData("", 0, null, "oracle", "2026-02-30"), d -> { }));
        assertThat(fields(bad)).containsExactly("issue", "runs", "model", "asOf");
        InvalidInput unknown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class,
                () -> forecasts.run(ANALYST, new ForecastRequestData("atlantis", 10, null, null, null), d -> { }));
        assertThat(fields(unknown)).containsExactly("issue");
        assertThat(forecasts.forecasts(ADMIN, Optional.empty())).hasSize(before);
    }

    @Test
    void readers_and_delegations_may_not_run_forecasts() {
        assertThatThrownBy(() -> forecasts.run(Principal.of("r", Role.READER), new ForecastRequestData("nmi-end", 10, null, null, null), d -> { }))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> forecasts.run(Principal.delegation("d", org.concord.shared.Iso3.of("FRA")),
                new ForecastRequestData("nmi-end", 10, null, null, null), d -> { })).isInstanceOf(Forbidden.class);
    }

    @Test
    void an_issue_is_checked_against_the_register_and_its_id_is_unique() {
        IssueData ok = new IssueData("nmi-qmv", null, "NMI under QMV", "ended", "continued", 100.0, 0.0, "QMV", 0.6,
                java.util.Map.of("USA", 3.0), "USA", "2026-02-19", java.util.Map.of("USA", 5.0), java.util.Map.of("USA", 90.0), null, null);
        IssueData stored = forecasts.defineIssue(ANALYST, ok);
        assertThat(stored.threshold()).isEqualTo(0.6);
        ForecastData f = run("nmi-qmv", "win-set", 500, 1);
        assertThat(f.inputs().actors()).filteredOn(a -> a.actor().equals("USA")).singleElement()
                .satisfies(a -> assertThat(List.of(a.capability(), a.salience(), a.voteWeight())).containsExactly(5.0, 90.0, 3.0));
        assertThatThrownBy(() -> forecasts.defineIssue(ANALYST, ok)).isInstanceOf(Conflict.class);

        IssueData bad = new IssueData("nmi-bad", "no-such-item", "", "ended", "continued", 101.0, null, "QMV", 0.4,
                null, "SWE", "2020-01-01", java.util.Map.of("XXX", 1.0, "FRA", 0.0), null, null, null);
        InvalidInput e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class, () -> forecasts.defineIssue(ANALYST, bad));
        assertThat(fields(e)).contains("title", "statusQuo", "proposal", "threshold", "capability.XXX", "capability.FRA");
        IssueData notYet = new IssueData("nmi-bad", "no-such-item", "t", "ended", "continued", 100.0, 0.0, null, null,
                null, "SWE", "2020-01-01", null, null, null, null);
        InvalidInput e2 = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class, () -> forecasts.defineIssue(ANALYST, notYet));
        assertThat(fields(e2)).containsExactly("item", "proposer");
        assertThatThrownBy(() -> forecasts.issue(ADMIN, IssueId.of("nmi-bad"), Optional.empty())).isInstanceOf(NotFound.class);
    }

    @Test
    void validation_scores_every_model_on_the_sample_and_refuses_a_bad_threshold() throws Exception {
        String csv = new String(getClass().getResourceAsStream("/forecast/validation-sample.csv").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var outcome = forecasts.validatePredictive(ANALYST, "sample.csv", new StringReader(csv), Optional.empty(), 0.74, 10, 1);
        assertThat(outcome).isInstanceOf(org.concord.forecast.validation.ForecastValidation.PredictiveScored.class);
        InvalidInput bad = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class,
                () -> forecasts.validatePredictive(ANALYST, "sample.csv", new StringReader(csv), Optional.empty(), 0.4, 10, 1));
        assertThat(fields(bad)).containsExactly("qmvThreshold");
    }
}
