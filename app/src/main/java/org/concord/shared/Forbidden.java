package org.concord.shared;

/** The principal is known but may not do this. Nothing was written. */
public final class Forbidden extends ConcordException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message) { super(message); }
}
