package org.concord.procedure.model;

/** Who approves inviting a partner to a session (R11). */
enum InvitationApproval {
    /** The body decides by consensus at the session's level. */
    CONSENSUS,
    /** The chair decides alone; standing objections do not block. */
    CHAIR_PREROGATIVE
}
