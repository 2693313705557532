package org.concord.shared;

import java.util.List;
import java.util.Objects;

/**
 * Where a fact comes from: the source keys of the reference data (S01, S17, ...) and a confidence grade.
 *
 * @param sources    source keys, never null; may be empty only for RECALLED facts and user-entered records
 * @param confidence the grade, never null
 */
public record Provenance(List<String> sources, Confidence confidence) {
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    public Provenance {
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        for (String s : sources)
            if (s == null || !KEY.matcher(s).matches())
                throw new IllegalArgumentException("source key '" + s + "' must be 1-40 letters, digits, '_', '.', '-'");
    }

    public static Provenance of(Confidence confidence, String... sources) { return new Provenance(List.of(sources), confidence); }

    /** Entered by a user of Concord, with no external source yet. */
    public static Provenance entered() { return new Provenance(List.of(), Confidence.RECALLED); }
}
