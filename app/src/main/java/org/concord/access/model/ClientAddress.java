package org.concord.access.model;

import java.util.regex.Pattern;

/**
 * Where a request came from, as the edge saw it: an IPv4 or IPv6 address, or {@code local} for the command line.
 *
 * @param value 1 to 100 characters of letters, digits and {@code . : % _ - [ ]}
 */
public record ClientAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z.:%_\\[\\]-]{1,100}");

    /** The command line on the server itself. */
    static final ClientAddress LOCAL = new ClientAddress("local");

    public ClientAddress {
        if (value == null || !SHAPE.matcher(value).matches())
            throw new IllegalArgumentException("client address " + Shown.quote(value) + " must be 1-100 characters of letters, digits and . : % _ - [ ]");
    }

    public static ClientAddress of(String value) { return new ClientAddress(value); }

    @Override public String toString() { return value; }
}
