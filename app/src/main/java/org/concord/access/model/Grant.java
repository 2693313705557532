package org.concord.access.model;

/** One cell of the {@link Policy}: how far a role may do a kind of action. */
public enum Grant {
    /** Allowed, for any nation or none. */
    ALL("yes"),
    /** Allowed only for the principal's own nation. */
    OWN_NATION("own nation"),
    /** Allowed only when no nation is named: in the chair's own name. */
    OWN_NAME("own name"),
    /** Denied. */
    NONE("-");

    private final String symbol;

    Grant(String symbol) { this.symbol = symbol; }

    /** How the cell reads in the printed matrix. */
    String symbol() { return symbol; }
}
