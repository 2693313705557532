package org.concord.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ExpectedUtilityAdapter;
import org.concord.forecast.model.MonteCarloForecast;
import org.concord.forecast.model.MonteCarloRequest;

/**
 * The forecast {@link MonteCarloExpectedUtilityBenchmark} measures, timed in thread CPU time instead of wall time, for a
 * machine too loaded for JMH's wall clock to mean anything: other builds still slow the caches, but a descheduled
 * thread no longer counts. Prints the median and the lowest CPU time of the runs after one warm-up run, scaled to
 * 1,000 draws.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.concord.bench.ExpectedUtilityCpuTime ACTORS DRAWS RUNS}
 * (defaults 100, 300, 5).
 */
public final class ExpectedUtilityCpuTime {
    private ExpectedUtilityCpuTime() {}

    public static void main(String[] args) {
        int actors = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        MonteCarloRequest request = SyntheticIssue.request(actors, DecisionRule.UNANIMITY, draws);
        MonteCarloForecast forecast = new MonteCarloForecast(new ExpectedUtilityAdapter(10));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        forecast.run(request);
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = threads.getCurrentThreadCpuTime();
            forecast.run(request);
            seconds[r] = (threads.getCurrentThreadCpuTime() - start) / 1e9 * 1_000 / draws;
        }
        Arrays.sort(seconds);
        System.out.printf("%d actors: 1,000 draws take %.2f s of CPU (median of %d runs of %d draws; lowest %.2f s)%n",
                actors, seconds[runs / 2], runs, draws, seconds[0]);
    }
}
