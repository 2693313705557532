package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.concord.forecast.model.BdmReferenceCases.Salience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectedUtilityModelTest {

    /** Per-round tolerance of a faithful port against both published sequences (reference README). */
    private static final double ROUND_TOLERANCE = 0.3;

    /**
     * Source: Scholz, Calbert &amp; Smith (2011), Table 2: weighted median after rounds 1 to 8 of the EC car-emissions
     * case, as quoted in shared/reference/forecasting/README.md.
     */
    private static final List<Double> SCHOLZ_TABLE_2 = List.of(8.4, 9.9, 9.9, 9.9, 9.9, 7.4, 8.8, 9.6);

    /** Source: jmckib's port, shared/reference/forecasting/bdm/jmckib_ExampleActors_run8rounds_output.txt. */
    private static final String JMCKIB_OUTPUT = "jmckib_ExampleActors_run8rounds_output.txt";

    private static final long SEED = 20_110_401L;

    private static List<BdmActor> carEmissions() {
        return BdmReferenceCases.actors("jmckib_ExampleActors.csv", Salience.FRACTION);
    }

    @Test
    void the_car_emissions_case_matches_jmckibs_port_round_by_round() {
        List<Double> reference = BdmReferenceCases.medianLines(JMCKIB_OUTPUT);
        assertThat(reference).hasSize(9);

        BdmTrajectory trajectory = new ExpectedUtilityModel(8).run(carEmissions());

        assertThat(trajectory.medians()).hasSize(9);
        for (int round = 0; round < reference.size(); round++) {
            assertThat(trajectory.medians().get(round)).as("median after round %d", round)
                    .isCloseTo(reference.get(round), within(ROUND_TOLERANCE));
        }
    }

    @Test
    void the_car_emissions_case_reproduces_jmckibs_port_to_nine_decimals() {
        // Tighter than the brief asks: the port follows the same arithmetic, so any drift means a changed rule.
        List<Double> reference = BdmReferenceCases.medianLines(JMCKIB_OUTPUT);

        List<Double> medians = new ExpectedUtilityModel(8).run(carEmissions()).medians();

        for (int round = 0; round < reference.size(); round++) {
            assertThat(medians.get(round)).as("median after round %d", round)
                    .isCloseTo(reference.get(round), within(1e-9));
        }
    }

    @Test
    void the_car_emissions_case_matches_the_published_medians_of_scholz_table_2() {
        BdmTrajectory trajectory = new ExpectedUtilityModel(8).run(carEmissions());

        assertThat(trajectory.medians().get(0)).isEqualTo(7.0);
        for (int round = 1; round <= SCHOLZ_TABLE_2.size(); round++) {
            assertThat(trajectory.medians().get(round)).as("median after round %d", round)
                    .isCloseTo(SCHOLZ_TABLE_2.get(round - 1), within(ROUND_TOLERANCE));
        }
        assertThat(trajectory.finalMedian()).isCloseTo(9.6, within(ROUND_TOLERANCE));
    }

    @Test
    void in_round_one_belgium_compromises_towards_france_while_luxembourg_and_ireland_give_way() {
        // Source: Example.log of github.com/dmasad/bdm-scholz-expected-utility-model (jmckib's port, Python 3):
        // "Belgium compromises with France, new_pos = 8.415932315426764", "Luxembourg loses confrontation to
        // Belgium, new_pos = 7.0", "Ireland loses confrontation to Luxembourg, new_pos = 4.0"; nobody else moves.
        List<Double> input = List.of(4.0, 7.0, 4.0, 4.0, 10.0, 10.0, 10.0, 7.0, 4.0, 7.0);

        BdmTrajectory trajectory = new ExpectedUtilityModel(1).run(carEmissions());

        assertThat(trajectory.positions().get(0)).isEqualTo(input);
        List<Double> expected = new ArrayList<>(input);
        expected.set(1, 8.415932315426764);
        expected.set(2, 7.0);
        expected.set(7, 4.0);
        assertThat(trajectory.positions().get(1))
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                .isEqualTo(expected);
    }

    @Test
    void the_sultan_oil_case_stays_at_13_9_every_round() {
        // Source: shared/reference/forecasting/README.md, jmckib's port does not move on this case.
        List<BdmActor> sultan = BdmReferenceCases.actors("jmckib_Sultan.csv", Salience.FRACTION);

        BdmTrajectory trajectory = new ExpectedUtilityModel(8).run(sultan);

        assertThat(trajectory.medians()).hasSize(9)
                .allSatisfy(median -> assertThat(median).isCloseTo(13.9, within(ROUND_TOLERANCE)));
        assertThat(trajectory.medians()).containsOnly(13.9);
    }

    @Test
    void the_percent_salience_copy_of_the_car_case_gives_the_same_forecast_once_divided_by_100() {
        List<BdmActor> percent = BdmReferenceCases.actors("dmasad_ExampleActors.csv", Salience.PERCENT);

        assertThat(new ExpectedUtilityModel(8).run(percent)).isEqualTo(new ExpectedUtilityModel(8).run(carEmissions()));
    }

    @Test
    void the_forecast_does_not_depend_on_the_units_of_position_or_capability() {
        List<BdmActor> rescaled = carEmissions().stream()
                .map(a -> new BdmActor(a.name(), a.capability() * 250, 3 + 10 * a.position(), a.salience()))
                .toList();

        List<Double> original = new ExpectedUtilityModel(8).run(carEmissions()).medians();
        List<Double> scaled = new ExpectedUtilityModel(8).run(rescaled).medians();

        for (int round = 0; round < original.size(); round++) {
            assertThat(scaled.get(round)).as("median after round %d", round)
                    .isCloseTo(3 + 10 * original.get(round), within(1e-9));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "dmasad_ChinaData.csv, PERCENT",
        "dmasad_ExampleActors.csv, PERCENT",
        "dmasad_HondurasCrisisData.csv, FRACTION",
        "minimalgeek_Iranian_Election.csv, FRACTION",
        "minimalgeek_Litigation_Case_Study.csv, FRACTION",
        "minimalgeek_OIL_PREANA.csv, FRACTION",
        "minimalgeek_WW1_BDM.csv, FRACTION",
        "jmckib_Sultan.csv, FRACTION"
    })
    void every_reference_case_keeps_its_medians_and_positions_within_the_input_range(String file, Salience salience) {
        List<BdmActor> actors = BdmReferenceCases.actors(file, salience);
        double min = actors.stream().mapToDouble(BdmActor::position).min().orElseThrow();
        double max = actors.stream().mapToDouble(BdmActor::position).max().orElseThrow();

        BdmTrajectory trajectory = new ExpectedUtilityModel(10).run(actors);

        assertThat(trajectory.medians()).hasSize(11).allSatisfy(m -> assertThat(m).isBetween(min, max));
        assertThat(trajectory.positions()).allSatisfy(round -> assertThat(round).hasSize(actors.size())
                .allSatisfy(x -> assertThat(x).isBetween(min, max)));
    }

    @Test
    void actors_who_all_hold_the_same_position_never_move() {
        List<BdmActor> actors = List.of(new BdmActor("A", 1, 5, 0.5), new BdmActor("B", 2, 5, 0.9));

        BdmTrajectory trajectory = new ExpectedUtilityModel(3).run(actors);

        assertThat(trajectory.positions()).hasSize(4).containsOnly(List.of(5.0, 5.0));
        assertThat(trajectory.medians()).containsOnly(5.0);
    }

    @Test
    void two_mirror_image_actors_share_one_risk_exponent_instead_of_dividing_by_zero() {
        List<BdmActor> actors = List.of(new BdmActor("A", 1, 0, 0.5), new BdmActor("B", 1, 1, 0.5));

        BdmTrajectory trajectory = new ExpectedUtilityModel(4).run(actors);

        assertThat(trajectory.positions()).allSatisfy(round -> assertThat(round).allSatisfy(
                x -> assertThat(x).isBetween(0.0, 1.0)));
        assertThat(trajectory.medians()).allSatisfy(m -> assertThat(m).isBetween(0.0, 1.0));
    }

    @Test
    void actors_who_do_not_care_at_all_never_move_and_count_equally_in_the_median() {
        List<BdmActor> actors = List.of(new BdmActor("A", 1, 0, 0), new BdmActor("B", 5, 4, 0),
                new BdmActor("C", 1, 10, 0));

        BdmTrajectory trajectory = new ExpectedUtilityModel(2).run(actors);

        assertThat(trajectory.positions()).containsOnly(List.of(0.0, 4.0, 10.0));
        assertThat(trajectory.medians()).containsOnly(4.0);
    }

    @Test
    void the_weighted_median_is_the_position_where_half_the_weight_is_reached() {
        // Weights capability * salience: 0.8, 0.9, 0.4; half of 2.1 is reached at position 5.
        List<BdmActor> actors = List.of(new BdmActor("A", 1, 0, 0.8), new BdmActor("B", 1, 5, 0.9),
                new BdmActor("C", 2, 10, 0.2));

        assertThat(ExpectedUtilityModel.weightedMedian(actors)).isEqualTo(5.0);
    }

    @Test
    void a_weighted_median_split_exactly_in_half_is_the_midpoint_of_the_gap() {
        List<BdmActor> actors = List.of(new BdmActor("A", 1, 2, 0.5), new BdmActor("B", 1, 6, 0.5),
                new BdmActor("C", 3, 100, 0));

        assertThat(ExpectedUtilityModel.weightedMedian(actors)).isEqualTo(4.0);
    }

    @Test
    void the_input_median_of_the_car_case_is_the_undecided_middle_at_7() {
        assertThat(ExpectedUtilityModel.weightedMedian(carEmissions())).isEqualTo(7.0);
    }

    @Test
    void a_position_that_is_not_a_number_is_refused_by_value() {
        assertThatThrownBy(() -> new BdmActor("France", 0.16, Double.NaN, 0.6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("France").hasMessageContaining("NaN");
    }

    @Test
    void a_negative_capability_is_refused_by_value() {
        assertThatThrownBy(() -> new BdmActor("Italy", -0.16, 10, 0.6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capability")
                .hasMessageContaining("-0.16");
    }

    @Test
    void a_zero_or_infinite_capability_is_refused() {
        assertThatThrownBy(() -> new BdmActor("A", 0, 1, 0.5)).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> new BdmActor("A", Double.POSITIVE_INFINITY, 1, 0.5))
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> new BdmActor("A", Double.NaN, 1, 0.5)).hasMessageContaining("NaN");
    }

    @Test
    void a_salience_on_the_0_to_100_scale_or_not_a_number_is_refused_by_value() {
        assertThatThrownBy(() -> new BdmActor("UK", 0.16, 10, 90))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salience")
                .hasMessageContaining("90.0").hasMessageContaining("100");
        assertThatThrownBy(() -> new BdmActor("UK", 0.16, 10, Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new BdmActor("UK", 0.16, 10, -0.1)).hasMessageContaining("-0.1");
    }

    @Test
    void an_infinite_position_or_a_missing_name_is_refused() {
        assertThatThrownBy(() -> new BdmActor("A", 1, Double.NEGATIVE_INFINITY, 0.5))
                .hasMessageContaining("-Infinity");
        assertThatThrownBy(() -> new BdmActor(" ", 1, 0, 0.5)).hasMessageContaining("blank");
        assertThatThrownBy(() -> new BdmActor(null, 1, 0, 0.5)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_model_refuses_fewer_than_one_round_or_two_actors() {
        assertThatThrownBy(() -> new ExpectedUtilityModel(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
        assertThatThrownBy(() -> new ExpectedUtilityModel(3).run(List.of(new BdmActor("A", 1, 0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1");
        assertThatThrownBy(() -> ExpectedUtilityModel.weightedMedian(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_trajectory_refuses_rounds_of_different_lengths_or_a_median_that_is_not_a_number() {
        assertThatThrownBy(() -> new BdmTrajectory(List.of(List.of(1.0), List.of(1.0, 2.0)), List.of(1.0, 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("round 1");
        assertThatThrownBy(() -> new BdmTrajectory(List.of(List.of(1.0)), List.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new BdmTrajectory(List.of(List.of(1.0)), List.of(1.0, 2.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
    }

    @Property(seed = "" + SEED)
    void the_weighted_median_always_lies_within_the_positions_and_minimises_the_weighted_distance(
            @ForAll("actorLists") List<BdmActor> actors) {
        double median = ExpectedUtilityModel.weightedMedian(actors);

        double min = actors.stream().mapToDouble(BdmActor::position).min().orElseThrow();
        double max = actors.stream().mapToDouble(BdmActor::position).max().orElseThrow();
        assertThat(median).isBetween(min, max);
        boolean weighted = actors.stream().anyMatch(a -> a.salience() > 0);
        double atMedian = weightedDistance(actors, median, weighted);
        for (BdmActor candidate : actors) {
            double atCandidate = weightedDistance(actors, candidate.position(), weighted);
            assertThat(atMedian).isLessThanOrEqualTo(atCandidate + 1e-9 * (1 + Math.abs(atCandidate)));
        }
    }

    @Property(seed = "" + SEED, tries = 300)
    void a_run_is_deterministic_and_never_leaves_the_input_range(@ForAll("actorLists") List<BdmActor> actors) {
        ExpectedUtilityModel model = new ExpectedUtilityModel(5);

        BdmTrajectory first = model.run(actors);
        BdmTrajectory second = model.run(List.copyOf(actors));

        assertThat(second).isEqualTo(first);
        double min = actors.stream().mapToDouble(BdmActor::position).min().orElseThrow();
        double max = actors.stream().mapToDouble(BdmActor::position).max().orElseThrow();
        assertThat(first.medians()).hasSize(6).allSatisfy(m -> assertThat(m).isBetween(min, max));
        assertThat(first.positions()).allSatisfy(round -> assertThat(round)
                .allSatisfy(x -> assertThat(x).isBetween(min, max)));
    }

    @Property(seed = "" + SEED, tries = 300)
    void the_fast_vote_tally_equals_the_naive_sum_over_voters_and_pairs(@ForAll("actorLists") List<BdmActor> actors,
            @ForAll("exponentSeeds") long exponentSeed) {
        int n = actors.size();
        double[] x = new double[n];
        double[] w = new double[n];
        double[] r = new double[n];
        SplittableRandom random = new SplittableRandom(exponentSeed);
        for (int i = 0; i < n; i++) {
            x[i] = actors.get(i).position();
            w[i] = actors.get(i).capability() * actors.get(i).salience();
            r[i] = random.nextDouble(0.5, 2.0);
        }
        double range = Arrays.stream(x).max().orElseThrow() - Arrays.stream(x).min().orElseThrow();
        if (!(range > 0)) {
            return;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        BdmMedian.sort(order, x);
        BdmGroups groups = new BdmGroups(n);
        groups.regroup(x, order);
        double[] distance = new double[n * n];
        double[] logDistance = new double[n * n];
        for (int a = 0; a < groups.count; a++) {
            for (int b = 0; b < groups.count; b++) {
                distance[a * n + b] = Math.abs(groups.position[a] - groups.position[b]) / range;
                logDistance[a * n + b] = Math.log(distance[a * n + b]);
            }
        }
        BdmVotes linear = new BdmVotes(n);
        linear.tallyLinear(groups, distance, order, w);
        BdmVotes curved = new BdmVotes(n);
        curved.tally(groups, logDistance, order, w, r);

        assertMatchesNaiveTally(linear, x, w, new double[n], range, true);
        assertMatchesNaiveTally(curved, x, w, r, range, false);
    }

    @Provide
    Arbitrary<List<BdmActor>> actorLists() {
        Arbitrary<Double> capability = Arbitraries.doubles().between(0.01, 100);
        Arbitrary<Double> position = Arbitraries.oneOf(Arbitraries.doubles().between(-50, 50),
                Arbitraries.integers().between(0, 4).map(Integer::doubleValue));
        Arbitrary<Double> salience = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
                Arbitraries.of(0.0, 0.5, 1.0));
        return Combinators.combine(capability, position, salience)
                .as((c, x, s) -> new BdmActor("actor", c, x, s))
                .list().ofMinSize(2).ofMaxSize(12);
    }

    @Provide
    Arbitrary<Long> exponentSeeds() {
        return Arbitraries.longs();
    }

    /** The sums as jmckib's {@code probability} writes them: one voter, one ordered pair at a time. */
    private static void assertMatchesNaiveTally(BdmVotes votes, double[] x, double[] w, double[] r, double range,
            boolean linear) {
        int n = x.length;
        double[][] forOver = new double[n][n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            double exponent = linear ? 1 : r[k];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double vote = w[k] * (Math.pow(Math.abs(x[k] - x[b]) / range, exponent)
                            - Math.pow(Math.abs(x[k] - x[a]) / range, exponent));
                    forOver[a][b] += Math.max(0, vote);
                    total += Math.abs(vote);
                }
            }
        }
        assertThat(votes.total()).isCloseTo(total, within(1e-9 * (1 + total)));
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double expected = total > 0 ? forOver[a][b] / total : 0;
                assertThat(votes.probability(a, b)).as("P(%d beats %d)", a, b).isCloseTo(expected, within(1e-9));
                assertThat(votes.probabilityAgainst(b, a)).isEqualTo(votes.probability(a, b));
            }
        }
    }

    private static double weightedDistance(List<BdmActor> actors, double m, boolean weighted) {
        double sum = 0;
        for (BdmActor a : actors) {
            sum += (weighted ? a.capability() * a.salience() : 1) * Math.abs(a.position() - m);
        }
        return sum;
    }
}
