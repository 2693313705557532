package org.concord.bench;

import java.util.concurrent.TimeUnit;

import org.concord.forecast.model.CompromiseModel;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.MonteCarloForecast;
import org.concord.forecast.model.MonteCarloRequest;
import org.concord.forecast.model.MonteCarloResult;
import org.concord.forecast.model.NashBargainingModel;
import org.concord.forecast.model.OutcomeModel;
import org.concord.forecast.model.WinSetModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One Monte Carlo forecast of 10,000 draws (one operation) for 32, 100 and 300 actors, per model and rule. Actors sit
 * at 0-60 with sd 10 and the status quo at 100, so the win-set is almost never the status quo alone and every draw
 * takes the models' full path (under unanimity every voter bargains in model (c): its worst case). Proposal 20,
 * setter a0. Target: under 100 ms for 32 actors on one core.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MonteCarlo -f 1 -wi 2 -i 3 -w 1 -r 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {
    private static final int DRAWS = 10_000;

    @Param({"32", "100", "300"})
    public int actors;

    @Param({"compromise", "win-set", "nash-bargaining"})
    public String model;

    @Param({"UNANIMITY", "QMV"})
    public String rule;

    private MonteCarloForecast forecast;
    private MonteCarloRequest request;

    @Setup
    public void setUp() {
        request = SyntheticIssue.request(actors, rule.equals("QMV") ? DecisionRule.qmv(0.74) : DecisionRule.UNANIMITY, DRAWS);
        OutcomeModel m = switch (model) {
            case "compromise" -> new CompromiseModel();
            case "win-set" -> new WinSetModel();
            default -> new NashBargainingModel();
        };
        forecast = new MonteCarloForecast(m);
    }

    @Benchmark
    public MonteCarloResult tenThousandDraws() { return forecast.run(request); }
}
