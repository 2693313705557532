package org.concord.shared;

import java.util.List;
import java.util.stream.Collectors;

/** The input breaks one or more rules; every violation is listed with its field. Nothing was written. */
public final class InvalidInput extends ConcordException {
    private static final long serialVersionUID = 1L;

    // exceptions are never serialized here (they stay in the process that threw them)
    @SuppressWarnings("serial")
    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reason()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) throw new IllegalArgumentException("an InvalidInput needs at least one violation");
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(String field, String reason) { this(List.of(new Violation(field, reason))); }

    public List<Violation> violations() { return violations; }
}
