package org.concord.bench;

import org.concord.boot.Concord;
import org.concord.boot.DataFiles;
import org.concord.boot.Settings;
import org.concord.register.data.RegisterFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Loading the built-in register: parsing the YAML dataset, and a whole first start (parse, validate, migrate an empty
 * in-memory H2, store every record with its journal event).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegisterLoadBenchmark {

    @Benchmark
    public RegisterFile parseBuiltInDataset() {
        return DataFiles.builtIn();
    }

    @Benchmark
    public Object firstStartOnAnEmptyDatabase() {
        String url = "jdbc:h2:mem:b" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=0";
        try (Concord c = Concord.open(new Settings(Path.of("target"), Optional.of(url), Optional.of("sa"), Optional.of(""),
                Optional.empty(), Clock.systemUTC()))) {
            return c.loadDefaultsIfEmpty().orElseThrow();
        }
    }
}
