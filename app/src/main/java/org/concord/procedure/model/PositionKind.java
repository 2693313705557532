package org.concord.procedure.model;

/** The official position vocabulary (R8), one constant per {@link Position} type. */
public enum PositionKind {
    OBJECTION, RESERVATION, AD_REFERENDUM, SUPPORT, SUPPORT_WITH_STATEMENT, ABSTAIN, QUALIFIED_ABSTAIN,
    NON_PARTICIPATING, SILENT, UNKNOWN
}
