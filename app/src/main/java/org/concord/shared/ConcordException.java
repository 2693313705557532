package org.concord.shared;

/** Root of the exceptions the application services throw at their callers (HTTP, CLI). */
public abstract sealed class ConcordException extends RuntimeException
        permits InvalidInput, NotFound, Conflict, Forbidden, Unauthenticated {
    private static final long serialVersionUID = 1L;

    protected ConcordException(String message) { super(message, null, false, false); }
}
