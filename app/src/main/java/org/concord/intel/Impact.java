package org.concord.intel;

/**
 * How much a risk would matter if it happened, on a five-step scale stated here (after the NATO and national risk
 * matrices' usual five impact levels): for the security of the area named and for the alliance's aims there.
 */
public enum Impact {
    NEGLIGIBLE("negligible: no lasting effect"),
    MINOR("minor: a local effect, contained by the means on the ground"),
    MODERATE("moderate: a local setback that needs new means or decisions"),
    MAJOR("major: the area's security set back for months; the alliance's aims there at risk"),
    SEVERE("severe: violence spreading across the region or borders; the alliance drawn back in");

    private final String meaning;

    Impact(String meaning) { this.meaning = meaning; }

    public String meaning() { return meaning; }

    /** 1 (negligible) to 5 (severe). */
    public int rank() { return ordinal() + 1; }
}
