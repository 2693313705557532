package org.concord.cli;

import org.concord.shared.InvalidInput;
import org.concord.shared.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Locale;

/** What makes a command line a usage error (exit 2) rather than a failure (exit 1). */
final class Usage {
    private Usage() {}

    /** A command that only groups subcommands was given none. */
    static CommandLine.ParameterException missingSubcommand(CommandSpec spec) {
        return new CommandLine.ParameterException(spec.commandLine(), "'" + spec.qualifiedName() + "' needs a command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Whether a refusal names only what was typed on the command line: an option ({@code --position}) or a positional
     * parameter's label ({@code ISSUE}). Such input is a usage error; a refusal of a file's content, of the state of
     * the data or by the procedure is a failure.
     */
    static boolean isUsage(InvalidInput e) {
        return e.violations().stream().map(Violation::field)
                .allMatch(f -> f.startsWith("--") || f.matches("[A-Z][A-Z_0-9]*"));
    }

    /** {@code fromLevel} -> {@code --from-level}. */
    static String option(String field) {
        return "--" + field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /**
     * Names each violation whose field is a wire field of one of this command's options by that option, or else of one
     * of its positional parameters by that parameter's label ({@code name} -> {@code NAME}).
     */
    static InvalidInput byOption(InvalidInput e, CommandSpec spec) {
        return new InvalidInput(e.violations().stream().map(v -> {
            if (!v.field().matches("[a-z][A-Za-z0-9]*")) return v;
            String option = option(v.field());
            if (spec.findOption(option) != null) return new Violation(option, v.reason());
            String label = v.field().toUpperCase(Locale.ROOT);
            return spec.positionalParameters().stream().anyMatch(p -> p.paramLabel().equals(label)) ? new Violation(label, v.reason()) : v;
        }).toList());
    }
}
