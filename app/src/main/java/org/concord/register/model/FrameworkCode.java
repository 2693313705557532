package org.concord.register.model;

/** The code of a partnership framework (PFP, MD, ICI, ...), configured per organisation. */
public record FrameworkCode(String value) implements Comparable<FrameworkCode> {
    public FrameworkCode {
        if (value == null || !value.matches("[A-Z][A-Z0-9_]{0,15}"))
            throw new IllegalArgumentException("framework code '" + value + "' must be 1-16 upper-case letters, digits or '_'");
    }

    @Override public int compareTo(FrameworkCode o) { return value.compareTo(o.value); }

    @Override public String toString() { return value; }
}
