package org.concord.shared;

/** The principal is known but may not do this. Nothing was written. */
public final class Forbidden extends ConcordException {
    public Forbidden(String message) { super(message); }
}
