package org.concord.shared;

/** The write was based on a stale version, or collides with the current state. Nothing was written. */
public final class Conflict extends ConcordException {
    public Conflict(String message) { super(message); }
}
