package org.concord.intel;

/**
 * Names a recorded stance: the number the store gave it.
 *
 * @param value at least 1
 */
public record StanceId(long value) {
    public StanceId {
        if (value < 1) throw new IllegalArgumentException("stance id must be at least 1, was " + value);
    }

    @Override public String toString() { return Long.toString(value); }
}
