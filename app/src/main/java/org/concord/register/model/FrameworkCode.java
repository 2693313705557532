package org.concord.register.model;

/** The code of a partnership framework (PFP, MD, ICI, ...), configured per organisation. */
public record FrameworkCode(String value) implements Comparable<FrameworkCode> {
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{0,15}");
    public FrameworkCode {
        if (value == null || !SHAPE.matcher(value).matches())
            throw new IllegalArgumentException("framework code '" + value + "' must be 1-16 upper-case letters, digits or '_'");
    }

    @Override public int compareTo(FrameworkCode o) { return value.compareTo(o.value); }

    @Override public String toString() { return value; }
}
