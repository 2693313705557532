package org.concord.procedure.model;

/** The form of an official act (R9): only these change decision state; press reports never do. */
public enum ActForm {
    /** A statement made in session, minuted. */
    STATEMENT_IN_SESSION,
    /** A letter, e.g. to the Secretary General; breaks silence (R3c). */
    LETTER,
    /** A diplomatic note; breaks silence (R3c). */
    NOTE,
    /** A formal declaration, e.g. a qualified abstention (R6). */
    DECLARATION,
    /** No act of the member: it stayed silent until a silence deadline and its pending position lapsed (R5). Only the
     *  procedure records this form. */
    TACIT_AT_SILENCE_DEADLINE
}
