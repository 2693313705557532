package org.concord.bench;

import java.util.concurrent.TimeUnit;

import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ExpectedUtilityAdapter;
import org.concord.forecast.model.MonteCarloForecast;
import org.concord.forecast.model.MonteCarloRequest;
import org.concord.forecast.model.MonteCarloResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One Monte Carlo forecast of 1,000 draws (one operation) of model (d), expected utility with 10 rounds as
 * {@code ForecastModels.standard()} runs it, for 32 and 100 actors: the same actors and issue as
 * {@link MonteCarloBenchmark} (unanimity). Model (d) is not an array kernel, so each draw builds its actor list.
 * Targets: under 1 s for 32 actors on one core, and (issue 15) for 100; {@link ExpectedUtilityCpuTime} times the same
 * forecast in CPU time.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MonteCarloExpectedUtility -f 1 -wi 2 -i 3 -w 1 -r 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloExpectedUtilityBenchmark {
    private static final int DRAWS = 1_000;

    @Param({"32", "100"})
    public int actors;

    private MonteCarloForecast forecast;
    private MonteCarloRequest request;

    @Setup
    public void setUp() {
        request = SyntheticIssue.request(actors, DecisionRule.UNANIMITY, DRAWS);
        forecast = new MonteCarloForecast(new ExpectedUtilityAdapter(10));
    }

    @Benchmark
    public MonteCarloResult thousandDraws() { return forecast.run(request); }
}
