package org.concord.forecast.model;

/**
 * Names a forecast issue, e.g. {@code nmi-drawdown-2026}.
 *
 * @param value 1-100 characters, no control characters, not blank
 */
public record IssueId(String value) {
    public IssueId {
        if (value == null || value.isBlank() || value.length() > 100 || value.chars().anyMatch(Character::isISOControl))
            throw new IllegalArgumentException("issue id '" + value + "' must be 1-100 printable characters and not blank");
    }

    public static IssueId of(String value) { return new IssueId(value); }

    @Override public String toString() { return value; }
}
