package org.concord.procedure.model;

/** Whether a session is a formal meeting of the body or an informal format the chair convenes (R11). */
public enum SessionFormality {
    /** A formal session of the body: inviting a partner needs consensus at that level. */
    FORMAL,
    /** A dinner, side meeting or other informal format convened by the chair. */
    INFORMAL_CHAIR_CONVENED
}
