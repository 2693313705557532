package org.concord.options;

import org.concord.procedure.model.ItemId;

import java.util.List;

/** The options of decision items, stored. */
public interface Options {
    /** An option with its marking (canonical text). */
    record Marked(ItemOption option, String classification) {}

    /** Stores a new option; its key must be free within its item. */
    void insert(ItemOption option, String classification);

    /** The options of one item, in the order they were added. */
    List<Marked> of(ItemId item);

    /** Every option, by item then in the order added (the brief's sources, exports). */
    List<Marked> all();
}
