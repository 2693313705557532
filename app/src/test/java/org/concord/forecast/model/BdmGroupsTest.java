package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The distinct positions of a round and what they carry over from the round before. */
class BdmGroupsTest {

    private static final long SEED = 20_261_203L;

    @Property(seed = "" + SEED, tries = 300)
    void boundaries_carried_over_from_the_last_round_equal_those_searched_afresh(
            @ForAll("rounds") List<double[]> rounds) {
        int n = rounds.getFirst().length;
        BdmGroups carried = new BdmGroups(n);
        for (double[] x : rounds) {
            int[] order = sortedOrder(x);
            carried.regroup(x, order);
            BdmGroups fresh = new BdmGroups(n);
            fresh.regroup(x, order);

            assertThat(carried.count).isEqualTo(fresh.count);
            for (int a = 0; a < fresh.count; a++) {
                for (int b = a + 1; b < fresh.count; b++) {
                    assertThat(carried.boundary[a * n + b]).as("boundary of %d and %d", a, b)
                            .isEqualTo(fresh.boundary[a * n + b])
                            .isEqualTo(naiveBoundary(fresh.position, fresh.count, a, b));
                }
            }
        }
    }

    @Property(seed = "" + SEED, tries = 300)
    void a_position_keeps_its_slot_while_it_lasts_and_no_two_positions_share_one(
            @ForAll("rounds") List<double[]> rounds) {
        int n = rounds.getFirst().length;
        BdmGroups groups = new BdmGroups(n);
        Map<Double, Integer> lastSlots = new HashMap<>();
        for (double[] x : rounds) {
            groups.regroup(x, sortedOrder(x));
            Map<Double, Integer> slots = new HashMap<>();
            Set<Integer> taken = new HashSet<>();
            for (int g = 0; g < groups.count; g++) {
                int slot = groups.slot[g];
                assertThat(slot).isBetween(0, n - 1);
                assertThat(taken.add(slot)).as("slot %d taken twice", slot).isTrue();
                Integer before = lastSlots.get(groups.position[g]);
                if (before != null) {
                    assertThat(slot).as("slot of %s", groups.position[g]).isEqualTo(before);
                }
                slots.put(groups.position[g], slot);
            }
            lastSlots = slots;
        }
    }

    @Property(seed = "" + SEED, tries = 100)
    void groups_that_forget_number_their_slots_by_rank(@ForAll("rounds") List<double[]> rounds) {
        int n = rounds.getFirst().length;
        BdmGroups groups = new BdmGroups(n);
        groups.regroup(rounds.getFirst(), sortedOrder(rounds.getFirst()));
        groups.forget();
        double[] last = rounds.getLast();
        groups.regroup(last, sortedOrder(last));
        for (int g = 0; g < groups.count; g++) {
            assertThat(groups.slot[g]).isEqualTo(g);
            assertThat(groups.from[g]).isEqualTo(-1);
        }
    }

    /**
     * A few rounds of positions as the model produces them: each round most actors stay, some move onto another
     * actor's position, and some move to a new point between two.
     */
    @Provide
    Arbitrary<List<double[]>> rounds() {
        return Arbitraries.integers().between(2, 30).flatMap(n -> Arbitraries.longs().map(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextBoolean() ? random.nextInt(8) : 10 * random.nextDouble();
            }
            List<double[]> rounds = new ArrayList<>();
            rounds.add(x.clone());
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < n; i++) {
                    int move = random.nextInt(10);
                    int j = random.nextInt(n);
                    if (move == 0) {
                        x[i] = x[j];
                    } else if (move == 1) {
                        x[i] = x[i] + (x[j] - x[i]) * random.nextDouble();
                    }
                }
                rounds.add(x.clone());
            }
            return rounds;
        }));
    }

    /** The first position, scanning all of them, that is strictly closer to {@code b} than to {@code a}. */
    private static int naiveBoundary(double[] position, int count, int a, int b) {
        for (int c = a + 1; c < count; c++) {
            double toA = Math.abs(position[c] - position[a]);
            double toB = Math.abs(position[c] - position[b]);
            if (position[c] >= position[b] || toB < toA) {
                return c;
            }
        }
        return count;
    }

    private static int[] sortedOrder(double[] x) {
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        BdmMedian.sort(order, x);
        return order;
    }
}
