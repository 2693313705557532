package org.concord.procedure.model;

/** Why a member is exempt from applying an adopted decision. */
public enum ExemptionKind {
    /** It lifted its objection on terms of not taking part (R7). */
    NON_PARTICIPATION,
    /** It declared a qualified abstention: exempt from applying, bound not to obstruct (R6). */
    QUALIFIED_ABSTENTION
}
