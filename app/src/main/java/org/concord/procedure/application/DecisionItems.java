package org.concord.procedure.application;

import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.ItemStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The index of decision items: one row per item with its status, version and running silence deadline. The item's
 * history itself lives in the journal (subject {@code item:<id>}); this index is what lists, locks and the silence
 * scheduler read.
 */
public interface DecisionItems {
    /** One row of the index. {@code version} is the number of events the item has. */
    record Row(ItemId id, ItemStatus status, long version, Optional<Instant> silenceDeadline, String subject, String classification) {}

    /** Locks the item's row for this transaction. */
    Optional<Row> lock(ItemId id);

    Optional<Row> find(ItemId id);

    void insert(Row row);

    void update(Row row);

    /** All items, newest first. */
    List<Row> all();

    /** Items under silence whose deadline is at or before {@code now}. */
    List<ItemId> silencesDue(Instant now);
}
