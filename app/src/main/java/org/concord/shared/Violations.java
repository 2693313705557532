package org.concord.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects violations while validating an input, so that every bad field is reported at once. */
public final class Violations {
    private final List<Violation> list = new ArrayList<>();

    public void add(String field, String reason) { list.add(new Violation(field, reason)); }

    /** Runs {@code parse}; an IllegalArgumentException becomes a violation of {@code field} and null is returned. */
    public <T> T parse(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    public boolean isEmpty() { return list.isEmpty(); }

    public int size() { return list.size(); }

    /** @throws InvalidInput if any violation was collected */
    public void throwIfAny() {
        if (!list.isEmpty()) throw new InvalidInput(list);
    }
}
