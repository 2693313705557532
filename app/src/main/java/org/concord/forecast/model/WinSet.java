package org.concord.forecast.model;

import java.util.List;

/**
 * The points a decision rule lets replace the status quo, in one dimension: the closed interval [low, high], which
 * always contains the status quo. When it is the status quo alone, nothing can pass (the status quo is in the core).
 * Clipped to the 0-100 scale.
 *
 * @param statusQuo the reference point, on 0-100
 * @param low       lower end, on 0-100, at most the status quo
 * @param high      upper end, on 0-100, at least the status quo
 * @param boundedBy the veto players or pivots whose consent bounds the interval: the pivot on the side the status quo
 *                  can move to, or, when nothing can pass, the pivots blocking each direction
 */
public record WinSet(double statusQuo, double low, double high, List<ActorId> boundedBy) {
    public WinSet {
        Scale.check("status quo", statusQuo);
        Scale.check("win-set low end", low);
        Scale.check("win-set high end", high);
        if (!(low <= statusQuo && statusQuo <= high))
            throw new IllegalArgumentException("win-set [" + low + ", " + high + "] must contain the status quo " + statusQuo);
        boundedBy = List.copyOf(boundedBy);
    }

    /** Whether nothing but the status quo can pass. */
    boolean isStatusQuoOnly() { return low == high; }

    /** Whether {@code x} can replace the status quo (ends included, tolerance 1e-9). */
    boolean contains(double x) { return x >= low - 1e-9 && x <= high + 1e-9; }

    /** The point of the win-set nearest to {@code x}. */
    public double closestTo(double x) { return Math.max(low, Math.min(high, x)); }
}
