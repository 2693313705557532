package org.concord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real entry point in its own JVM, as the launcher starts it: standard error carries Concord's own lines and nothing
 * else. In-process tests cannot see this, because logging starts only once per JVM and the test JVM started it long
 * before; a library that logs while SLF4J starts (ical4j without its properties file did) made SLF4J print a three-line
 * replay warning on every command.
 */
class MainProcessIT {
    @TempDir
    Path home;

    @Test
    void help_writes_nothing_to_standard_error() throws Exception {
        Result help = main("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: concord");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void a_failure_is_one_line_on_standard_error() throws Exception {
        Result missing = main("forecast", "validate", home.resolve("missing.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().lines().toList()).singleElement().asString().startsWith("concord: ").endsWith("no such file");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void the_help_of_forecast_and_its_validate_writes_nothing_to_standard_error() throws Exception {
        for (String[] args : new String[][]{{"forecast", "--help"}, {"forecast", "validate", "--help"}}) {
            Result help = main(args);
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("50 % and 90 % band coverage");
            assertThat(help.err()).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void a_long_forecast_with_standard_error_in_a_file_writes_plain_progress_lines_without_carriage_returns() throws Exception {
        Result r = main("forecast", "run", "nmi-end", "--runs", "2000", "--db", "jdbc:h2:mem:progress-to-a-file");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("\r");
        assertThat(r.err().lines().toList()).containsExactly("forecast run: 25% (500 of 2,000 runs)", "forecast run: 50% (1,000 of 2,000 runs)",
                "forecast run: 75% (1,500 of 2,000 runs)", "forecast run: 100% (2,000 of 2,000 runs)");
        assertThat(r.out()).contains("P(status quo holds)");
    }

    @Test
    void serving_on_a_port_in_use_fails_in_one_line_before_the_store_opens() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Result serve = main("serve", "--port", Integer.toString(port));
            assertThat(serve.code()).isEqualTo(1);
            assertThat(serve.err().lines().toList()).as(serve.err()).singleElement().asString()
                    .startsWith("concord: --port " + port + ": 127.0.0.1:" + port + " is already in use");
            assertThat(home.resolve("postgres")).as("no database was started, so none is left running").doesNotExist();
        }
    }

    @Test
    void a_concord_data_file_that_is_refused_is_named_with_the_field() throws Exception {
        Path data = java.nio.file.Files.writeString(home.resolve("body.yaml"), "format: concord-register/1\norganisation:\n  id: un\n  name: United Nations\n"
                + "  procedure: UN\n  defaultBody: ga\nbodies:\n  - id: ga\n    name: General Assembly\n");
        Result r = main(java.util.Map.of("CONCORD_DATA", data.toString()), "members", "list", "--db", "jdbc:h2:mem:data-refused");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().toList()).as(r.err()).singleElement().asString()
                .startsWith("concord: " + data + ": organisation.procedure: 'UN' is not one of");
    }

    @Test
    void serving_on_an_unknown_host_fails_in_one_line_naming_the_option() throws Exception {
        Result serve = main("serve", "--host", "no-such-host.invalid", "--port", "0");
        assertThat(serve.code()).isEqualTo(1);
        assertThat(serve.err().lines().toList()).as(serve.err()).singleElement().asString()
                .isEqualTo("concord: --host no-such-host.invalid: not a known host name or address of this machine");
        Result foreign = main("serve", "--host", "192.0.2.1", "--port", "18079");
        assertThat(foreign.code()).isEqualTo(1);
        assertThat(foreign.err().lines().toList()).as(foreign.err()).singleElement().asString().startsWith("concord: --port 18079: 192.0.2.1:18079 is");
    }

    private record Result(int code, String out, String err) {}

    private Result main(String... args) throws IOException, InterruptedException { return main(java.util.Map.of(), args); }

    private Result main(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.concord.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("CONCORD_HOME", home.toString());
        pb.environment().putAll(env);
        pb.redirectOutput(home.resolve("out.txt").toFile()).redirectError(home.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Result(p.exitValue(), java.nio.file.Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
