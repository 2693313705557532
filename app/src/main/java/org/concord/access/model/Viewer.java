package org.concord.access.model;

import org.concord.shared.Principal;

import java.util.Objects;

/**
 * A principal with the clearance it reads under.
 *
 * @param principal who reads, must not be null
 * @param clearance the highest marking it may read, must not be null
 */
public record Viewer(Principal principal, Marking clearance) {
    public Viewer {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(clearance, "clearance");
    }

    /** Concord itself (scheduler, loaders): cleared to the top of {@code ladder}. */
    public static Viewer system(MarkingLadder ladder) { return new Viewer(Principal.system(), ladder.highest()); }
}
