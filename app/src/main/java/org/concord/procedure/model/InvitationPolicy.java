package org.concord.procedure.model;

import java.util.Objects;

/**
 * How an invitation to a session of a given formality and level is approved (R11).
 *
 * @param formality the session's formality, must not be null
 * @param level     the session's level, must not be null
 * @param approval  who approves, must not be null
 */
record InvitationPolicy(SessionFormality formality, Level level, InvitationApproval approval) {
    public InvitationPolicy {
        Objects.requireNonNull(formality, "formality");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(approval, "approval");
    }
}
