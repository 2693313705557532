package org.concord.shared;

/** No valid credentials came with the request. */
public final class Unauthenticated extends ConcordException {
    public Unauthenticated(String message) { super(message); }
}
