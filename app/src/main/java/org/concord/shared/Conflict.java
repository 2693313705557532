package org.concord.shared;

/** The write was based on a stale version, or collides with the current state. Nothing was written. */
public final class Conflict extends ConcordException {
    private static final long serialVersionUID = 1L;

    public Conflict(String message) { super(message); }

    /**
     * A chosen id that is taken. The words are the same whether or not the caller may see the record holding the id,
     * so a refusal never tells that a hidden record exists.
     *
     * @param kind what the id would name, e.g. {@code item}
     */
    public static Conflict idUnavailable(String kind, Object id) {
        return new Conflict(kind + " id '" + id + "' is not available: choose another");
    }
}
