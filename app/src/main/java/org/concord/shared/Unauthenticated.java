package org.concord.shared;

/** No valid credentials came with the request. */
public final class Unauthenticated extends ConcordException {
    private static final long serialVersionUID = 1L;

    public Unauthenticated(String message) { super(message); }
}
