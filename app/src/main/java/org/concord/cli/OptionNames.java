package org.concord.cli;

import org.concord.shared.InvalidInput;
import org.concord.shared.Violation;

import java.util.Map;

/** Renames the wire fields of violations to the command-line options a user typed. */
final class OptionNames {
    private OptionNames() {}

    /**
     * @param names wire field (before any {@code [i]} or {@code .key}) to option, e.g. {@code reportedOn -> --reported-on}
     * @return the same violations, named by option where one is known
     */
    static InvalidInput rename(InvalidInput e, Map<String, String> names) {
        return new InvalidInput(e.violations().stream().map(v -> {
            String field = v.field();
            int cut = field.length();
            for (char c : new char[]{'[', '.'}) if (field.indexOf(c) >= 0) cut = Math.min(cut, field.indexOf(c));
            String option = names.get(field.substring(0, cut));
            return option == null ? v : new Violation(option + field.substring(cut), v.reason());
        }).toList());
    }
}
