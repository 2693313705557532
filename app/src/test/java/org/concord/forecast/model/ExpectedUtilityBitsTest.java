package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.concord.forecast.model.BdmReferenceCases.Salience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second speed pass of issue 15 (positions' slots, boundaries carried over, compromises weighed last, rounds
 * stopped once nobody moves, ...) was meant to change no bit of any round; this holds it to that, bit for bit.
 */
class ExpectedUtilityBitsTest {

    /**
     * The hash of every position and median after each of 10 rounds of the runs below, computed with the classes of
     * main at 632f2c3, before the second speed pass (the same program, {@link #hashOfEveryRound()}, run against them).
     */
    private static final long HASH_BEFORE_THE_SECOND_SPEED_PASS = 0x35e13eeda6eb6385L;

    @Test
    void every_position_and_median_of_every_round_keeps_the_bits_it_had_before_the_second_speed_pass() {
        assertThat(Long.toHexString(hashOfEveryRound())).isEqualTo(Long.toHexString(HASH_BEFORE_THE_SECOND_SPEED_PASS));
    }

    @Test
    void a_round_in_which_nobody_moves_says_so_and_one_in_which_somebody_moves_says_that() {
        List<BdmActor> sultan = BdmReferenceCases.actors("jmckib_Sultan.csv", Salience.FRACTION);
        List<BdmActor> car = BdmReferenceCases.actors("jmckib_ExampleActors.csv", Salience.FRACTION);

        assertThat(firstRound(sultan).playRound()).as("Sultan: no actor moves (jmckib's port)").isFalse();
        assertThat(firstRound(car).playRound()).as("car: Belgium, Luxembourg and Ireland move").isTrue();
    }

    /** The Monte Carlo path stops at a round in which nobody moves; the full run plays every round. */
    @ParameterizedTest
    @CsvSource({
        "jmckib_Sultan.csv, FRACTION",
        "minimalgeek_OIL_PREANA.csv, FRACTION",
        "dmasad_ChinaData.csv, PERCENT",
        "dmasad_HondurasCrisisData.csv, FRACTION",
        "minimalgeek_Iranian_Election.csv, FRACTION",
        "minimalgeek_Litigation_Case_Study.csv, FRACTION",
        "minimalgeek_WW1_BDM.csv, FRACTION",
        "jmckib_ExampleActors.csv, FRACTION"
    })
    void the_median_after_ten_rounds_is_the_full_runs_even_when_the_rounds_stop_early(String file, Salience salience) {
        List<BdmActor> actors = BdmReferenceCases.actors(file, salience);
        ExpectedUtilityModel model = new ExpectedUtilityModel(10);
        double[] x = actors.stream().mapToDouble(BdmActor::position).toArray();
        double[] s = actors.stream().mapToDouble(BdmActor::salience).toArray();
        double[] w = actors.stream().mapToDouble(a -> a.capability() * a.salience()).toArray();

        double median = model.finalMedian(new BdmBargaining(actors.size()), x, w, s);

        assertThat(Double.doubleToRawLongBits(median))
                .isEqualTo(Double.doubleToRawLongBits(model.run(actors).finalMedian()));
    }

    private static BdmBargaining firstRound(List<BdmActor> actors) {
        double[] x = actors.stream().mapToDouble(BdmActor::position).toArray();
        double[] s = actors.stream().mapToDouble(BdmActor::salience).toArray();
        double[] w = actors.stream().mapToDouble(a -> a.capability() * a.salience()).toArray();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new BdmBargaining(x, w, s, max - min);
    }

    /**
     * 30 runs each of 2, 3, 5, 17, 40 and 100 actors around 30 (sd 10) on continuous positions, on positions rounded
     * to 5, and on four positions with a fifth of the saliences 0; one workspace per size, restarted for each run.
     */
    private static long hashOfEveryRound() {
        long hash = 1;
        for (int n : new int[] {2, 3, 5, 17, 40, 100}) {
            for (int kind = 0; kind < 3; kind++) {
                SplittableRandom random = new SplittableRandom(n * 31L + kind);
                BdmBargaining workspace = new BdmBargaining(n);
                for (int run = 0; run < 30; run++) {
                    double[] x = new double[n];
                    double[] w = new double[n];
                    double[] s = new double[n];
                    for (int i = 0; i < n; i++) {
                        double p = 30 + 10 * random.nextGaussian();
                        if (kind == 1) {
                            p = Math.rint(p / 5) * 5;
                        } else if (kind == 2) {
                            p = random.nextInt(4) * 25;
                        }
                        x[i] = Math.max(0, Math.min(100, p));
                        s[i] = kind == 2 && random.nextInt(5) == 0 ? 0 : (1 + 80 * random.nextDouble()) / 100;
                        w[i] = (1 + 99 * random.nextDouble()) * s[i];
                    }
                    double min = Double.POSITIVE_INFINITY;
                    double max = Double.NEGATIVE_INFINITY;
                    for (double v : x) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                    if (!(max > min)) {
                        continue;
                    }
                    workspace.restart(x, w, s, max - min);
                    for (int round = 0; round < 10; round++) {
                        workspace.playRound();
                        for (double v : workspace.positions()) {
                            hash = hash * 1_000_003 + Double.doubleToRawLongBits(v);
                        }
                        hash = hash * 1_000_003 + Double.doubleToRawLongBits(workspace.median());
                    }
                }
            }
        }
        return hash;
    }
}
