package org.concord.intel;

import org.concord.journal.EventType;

import java.util.List;

/**
 * Intelligence's part of the journal contract: a reported stance was recorded. The payload (schema version 1) is the
 * stance as stored ({@link StanceData}), under its issue's subject.
 */
public final class StanceReported {
    /** The stable type name a reported stance is journaled under. */
    public static final String TYPE = "StanceReported";

    /** Every event type intelligence journals, with the schema version it writes now. */
    public static final List<EventType> TYPES = List.of(new EventType(TYPE, 1));

    private StanceReported() {}
}
