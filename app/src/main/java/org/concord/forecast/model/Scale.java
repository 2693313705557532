package org.concord.forecast.model;

/** The 0-100 issue scale shared by positions, saliences, reference points and outcomes. */
final class Scale {
    static final double MIN = 0;
    static final double MAX = 100;

    private Scale() {}

    /** @throws IllegalArgumentException naming {@code what} and the value if it is NaN or outside [0, 100] */
    static double check(String what, double value) {
        if (!(value >= MIN && value <= MAX))
            throw new IllegalArgumentException(what + " must be on the 0-100 scale, was " + value);
        return value;
    }

    static double clamp(double x) { return x < MIN ? MIN : (x > MAX ? MAX : x); }
}
