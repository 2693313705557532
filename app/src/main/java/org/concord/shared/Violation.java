package org.concord.shared;

/**
 * One reason an input was refused.
 *
 * @param field the field path in the input (e.g. {@code strength[2].actual}), never blank
 * @param reason what is wrong, naming the offending value
 */
public record Violation(String field, String reason) {
    public Violation {
        if (field == null || field.isBlank()) throw new IllegalArgumentException("field must not be blank");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("reason must not be blank");
    }
}
