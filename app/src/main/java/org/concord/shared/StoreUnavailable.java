package org.concord.shared;

/** The database cannot be reached, opened or migrated. */
public final class StoreUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message) { super(message, null, false, false); }
}
