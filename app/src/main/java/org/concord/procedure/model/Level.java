package org.concord.procedure.model;

/** The level at which a body meets and decides, lowest first; an objection can be limited to a level and above (R11). */
public enum Level {
    AMBASSADORS, MINISTERS, HEADS_OF_STATE_AND_GOVERNMENT;

    /** Whether this level is {@code other} or higher; must not be null. */
    boolean atOrAbove(Level other) { return compareTo(other) >= 0; }
}
