package org.concord.procedure.model;

/** Where one silence procedure stands; every phase but RUNNING is final. */
public enum SilencePhase {
    RUNNING,
    /** A new text version (R3f), or the item's withdrawal, ended it before its deadline. */
    CANCELLED,
    /** Closed at its deadline without a break: the item was adopted (R3d). */
    ADOPTED,
    /** Closed at its deadline with at least one break: back to discussion (R3d). */
    BROKEN,
    /** Closed at its deadline without a break, but consensus still failed (R6 in EU mode): back to discussion. */
    NOT_ADOPTED
}
