package org.concord.shared;

/** No record of that kind and id exists, or the principal may not know that it does. */
public final class NotFound extends ConcordException {
    private static final long serialVersionUID = 1L;

    public NotFound(String kind, Object id) { super(kind + " '" + id + "' not found"); }
}
