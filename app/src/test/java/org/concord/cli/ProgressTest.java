package org.concord.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {
    private static String feed(Progress.Mode mode, boolean terminal, int total, int step) {
        StringWriter text = new StringWriter();
        IntConsumer p = Progress.of(mode, terminal, new PrintWriter(text), "forecast run", total);
        for (int done = step; done < total; done += step) p.accept(done);
        p.accept(total);
        return text.toString();
    }

    @Test
    void auto_draws_the_bar_on_a_terminal_and_writes_a_line_each_quarter_elsewhere() {
        assertThat(feed(Progress.Mode.auto, true, 1000, 10)).contains("\r[#####.....]  50%").endsWith("\r[##########] 100%" + System.lineSeparator());
        assertThat(feed(Progress.Mode.auto, false, 1000, 10)).doesNotContain("\r")
                .isEqualTo(String.join(System.lineSeparator(), "forecast run: 25% (250 of 1,000 runs)", "forecast run: 50% (500 of 1,000 runs)",
                        "forecast run: 75% (750 of 1,000 runs)", "forecast run: 100% (1,000 of 1,000 runs)", ""));
    }

    @Test
    void an_explicit_mode_holds_whatever_standard_error_is() {
        assertThat(feed(Progress.Mode.bar, false, 1000, 10)).contains("\r[##########] 100%");
        assertThat(feed(Progress.Mode.lines, true, 1000, 10)).doesNotContain("\r").contains("forecast run: 100% (1,000 of 1,000 runs)");
        assertThat(feed(Progress.Mode.none, true, 1000, 10)).isEmpty();
    }

    @Test
    void a_coarse_report_that_jumps_past_a_quarter_writes_that_quarter_once_with_the_count_reached() {
        assertThat(feed(Progress.Mode.lines, false, 2001, 700).lines().toList()).containsExactly("forecast run: 34% (700 of 2,001 runs)",
                "forecast run: 69% (1,400 of 2,001 runs)", "forecast run: 100% (2,001 of 2,001 runs)");
    }

    @Test
    void standard_error_is_a_terminal_as_the_launcher_says_else_as_the_process_descriptor_shows_else_as_the_console_says() {
        assertThat(Progress.isTerminal("true", null, Optional.of("/tmp/log"), false)).as("the launcher's word first").isTrue();
        assertThat(Progress.isTerminal("false", null, Optional.of("/dev/pts/0"), true)).isFalse();
        assertThat(Progress.isTerminal(null, null, Optional.of("/dev/pts/3"), false)).isTrue();
        assertThat(Progress.isTerminal(null, null, Optional.of("/dev/tty1"), false)).isTrue();
        assertThat(Progress.isTerminal(null, null, Optional.of("/home/me/forecast.log"), true)).as("2> log with stdout on a terminal").isFalse();
        assertThat(Progress.isTerminal(null, null, Optional.of("pipe:[4711]"), true)).isFalse();
        assertThat(Progress.isTerminal(null, null, Optional.empty(), true)).as("no /proc: the console's word").isTrue();
        assertThat(Progress.isTerminal(null, null, Optional.empty(), false)).isFalse();
        assertThat(Progress.isTerminal("true", "dumb", Optional.of("/dev/pts/0"), true)).as("TERM=dumb cannot redraw").isFalse();
    }
}
