package org.concord.access.model;

/** The kinds of things a principal may try to do; {@link Policy} says who may do which. */
public enum ActionKind {
    /** Read members, partners, bodies, missions, events (records the reader may see). */
    READ_REGISTER(Scope.NONE),
    /** Change a register record by hand. */
    EDIT_REGISTER(Scope.NONE),
    /** Load a register file or the built-in data in bulk. */
    LOAD_DATA(Scope.NONE),
    /** Put a decision item on the table: in the chair's name (no nation) or in a nation's name. */
    RAISE_ITEM(Scope.OPTIONAL_NATION),
    /** Record a nation's position on an item. */
    RECORD_POSITION(Scope.NATION),
    /** Break silence on an item for a nation. */
    BREAK_SILENCE(Scope.NATION),
    /** Attach a nation's footnote (reservation) to a text. */
    WRITE_FOOTNOTE(Scope.NATION),
    /** Put a text under the silence procedure. */
    OPEN_SILENCE(Scope.NONE),
    /** End a silence procedure (by hand, or at its deadline). */
    CLOSE_SILENCE(Scope.NONE),
    /** Record a reported stance of a nation (intelligence, not the nation's own statement). */
    RECORD_STANCE(Scope.NONE),
    /** Record a mission review held, call an ad hoc review, link a review to the item it led to. */
    RECORD_REVIEW(Scope.NONE),
    /** Apply a reset profile to the portfolio of missions (analysis only, nothing written). */
    ANALYSE_PORTFOLIO(Scope.NONE),
    /** Run a consensus forecast. */
    RUN_FORECAST(Scope.NONE),
    /** Read the hash-chained journal of changes. */
    READ_JOURNAL(Scope.NONE),
    /** Change one's own password, issue and revoke one's own tokens. */
    MANAGE_OWN_CREDENTIALS(Scope.NONE),
    /** Add, disable, enable users, reset passwords, manage anyone's tokens. */
    MANAGE_USERS(Scope.NONE),
    /** Read the audit trail of logins and refusals. */
    READ_AUDIT(Scope.NONE);

    /** Whether an action of this kind names the nation it is done for. */
    enum Scope {
        /** Never names a nation. */
        NONE,
        /** Always names a nation. */
        NATION,
        /** Names a nation, or is done in the chair's name. */
        OPTIONAL_NATION
    }

    private final Scope scope;

    ActionKind(Scope scope) { this.scope = scope; }

    Scope scope() { return scope; }
}
