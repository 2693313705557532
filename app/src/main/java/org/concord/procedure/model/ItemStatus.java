package org.concord.procedure.model;

/**
 * Where a decision item stands. DRAFT is prepared, not yet raised. OPEN and SILENCE_BROKEN are discussion states; ADOPTED and WITHDRAWN are final
 * and sealed (R13). There is no REJECTED: consensus bodies do not vote an item down, it stays open or is withdrawn.
 */
public enum ItemStatus {
    /**
     * Prepared for the chair but not raised: it accepts no position and no silence procedure, the silence scheduler
     * ignores it, and only the chair raises it (to OPEN), revises its text or withdraws it.
     */
    DRAFT,
    /** Under discussion; positions are recorded, texts revised. */
    OPEN,
    /** A silence procedure runs on a fixed text version until its deadline (R3). */
    UNDER_SILENCE,
    /** The last silence procedure ended without adoption (broken, or R6 failed); back in discussion (R3d). */
    SILENCE_BROKEN,
    /** Agreed, by consensus or at a silence deadline; sealed. */
    ADOPTED,
    /** Withdrawn by the chair or its proposer; sealed. */
    WITHDRAWN
}
