package org.concord.procedure.model;

/**
 * A decision item's id, given by the caller (a slug or a UUID).
 *
 * @param value 1-128 letters, digits, '.', '_', ':', '-', starting with a letter or digit
 */
public record ItemId(String value) {
    public ItemId {
        Slugs.check("decision item", value);
    }

    public static ItemId of(String value) { return new ItemId(value); }

    @Override public String toString() { return value; }
}
