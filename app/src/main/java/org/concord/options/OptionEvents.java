package org.concord.options;

import java.util.List;

/** What the journal records about options: past-tense events, each with its stable type name. */
public sealed interface OptionEvents permits OptionEvents.OptionAdded {

    /** The journal subject of an item's option. */
    static String subject(String item, String key) { return "option:" + item + "/" + key; }

    /** Whether a journal subject names an option. */
    static boolean isSubject(String subject) { return subject.startsWith("option:"); }

    /** The item whose option a journal subject names; empty when it names no option. */
    static java.util.Optional<String> itemOf(String subject) {
        if (!isSubject(subject)) return java.util.Optional.empty();
        int slash = subject.indexOf('/');
        return slash < 0 ? java.util.Optional.empty() : java.util.Optional.of(subject.substring("option:".length(), slash));
    }

    /**
     * An option was added to a decision item.
     *
     * @param classification its marking, at least the item's and its issue's
     */
    record OptionAdded(String item, String key, String issue, String label, double point, String description, List<String> sources,
                       String classification) implements OptionEvents {
        public static final String TYPE = "OptionAdded";
    }
}
