package org.concord.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Picocli runs every description through {@link String#format}: a lone '%' ("50 % and 90 %") makes it print a
 * "[picocli WARN] Could not format" paragraph above the help and show the raw text. Every description of every
 * command, option and parameter must format.
 */
class HelpTextTest {
    @Test
    void every_description_in_the_command_tree_formats_without_a_warning() {
        List<String> broken = new ArrayList<>();
        check(new CommandLine(new ConcordCommand()), broken);
        assertThat(broken).isEmpty();
    }

    @Test
    void the_check_sees_a_lone_percent_sign() {
        List<String> broken = new ArrayList<>();
        checkText("x", "50 % and 90 % band coverage", broken);
        assertThat(broken).hasSize(1);
    }

    private static void check(CommandLine cl, List<String> broken) {
        var spec = cl.getCommandSpec();
        for (String d : spec.usageMessage().description()) checkText(spec.qualifiedName(), d, broken);
        for (var option : spec.options())
            for (String d : option.description()) checkText(spec.qualifiedName() + " " + option.longestName(), d, broken);
        for (var parameter : spec.positionalParameters())
            for (String d : parameter.description()) checkText(spec.qualifiedName() + " " + parameter.paramLabel(), d, broken);
        cl.getSubcommands().values().forEach(sub -> check(sub, broken));
    }

    private static void checkText(String where, String text, List<String> broken) {
        try {
            String.format(text);
        } catch (IllegalFormatException e) {
            broken.add(where + ": " + e.getMessage());
        }
    }
}
