package org.concord.procedure.application;

import org.concord.journal.EventType;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.ProcedureEvent;

import java.util.List;
import java.util.Optional;

/**
 * The procedure's part of the journal contract: its events ({@link ProcedureEvent}, each with its stable {@code TYPE})
 * are journaled under the subject {@code item:<id>}. Nothing outside the procedure spells that subject.
 */
public final class ProcedureEvents {
    private static final String PREFIX = "item:";

    /** Every event type the procedure journals, with the schema version it writes now. */
    public static final List<EventType> TYPES = ProcedureEvent.TYPES.stream().map(t -> new EventType(t, 1)).toList();

    private ProcedureEvents() {}

    /** The journal subject of an item's events. */
    public static String subject(ItemId item) { return PREFIX + item.value(); }

    /** The journal subject of the item with the id {@code item}, as typed (not checked). */
    public static String subject(String item) { return PREFIX + item; }

    /** Whether the subject is an item's. */
    public static boolean isItem(String subject) { return subject.startsWith(PREFIX); }

    /** The item id a subject names, when it is an item's subject (the id is not checked). */
    public static Optional<String> itemOf(String subject) {
        return isItem(subject) ? Optional.of(subject.substring(PREFIX.length())) : Optional.empty();
    }

    /** The type name {@code event} is journaled under. */
    static String type(ProcedureEvent event) { return ProcedureEvent.type(event); }
}
