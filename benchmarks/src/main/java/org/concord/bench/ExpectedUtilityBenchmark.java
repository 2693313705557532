package org.concord.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.concord.forecast.model.BdmActor;
import org.concord.forecast.model.BdmTrajectory;
import org.concord.forecast.model.ExpectedUtilityModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 10-round run of the expected-utility model on synthetic actors: capability uniform in [0.1, 1), position
 * uniform in [0, 100), salience uniform in [0.1, 1), drawn from a {@link SplittableRandom} seeded per size so that
 * every fork sees the same input.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExpectedUtilityBenchmark {

    private static final int ROUNDS = 10;
    private static final long SEED = 20_110_401L;

    @Param({"32", "100", "300"})
    int actors;

    private final ExpectedUtilityModel model = new ExpectedUtilityModel(ROUNDS);
    private List<BdmActor> input;

    @Setup
    public void generateActors() {
        SplittableRandom random = new SplittableRandom(SEED + actors);
        List<BdmActor> generated = new ArrayList<>(actors);
        for (int i = 0; i < actors; i++) {
            generated.add(new BdmActor("actor-" + i, random.nextDouble(0.1, 1.0), random.nextDouble(0, 100),
                    random.nextDouble(0.1, 1.0)));
        }
        input = List.copyOf(generated);
    }

    @Benchmark
    public BdmTrajectory run() {
        return model.run(input);
    }
}
