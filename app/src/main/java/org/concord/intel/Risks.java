package org.concord.intel;

import java.util.List;

/** The risks, stored. */
public interface Risks {
    /** A stored risk with the id it got and its marking. */
    record Recorded(long id, Risk risk, String classification) {}

    /** Stores a risk and returns its id. */
    long insert(Risk risk, String classification);

    /** Every risk, by date assessed then id. */
    List<Recorded> all();
}
