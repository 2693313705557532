package org.concord.procedure.data;

import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.OfficialAct;
import org.concord.shared.CalendarDate;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violations;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * A request for one act of the procedure on an item, one record per command; the route (or CLI command) says which,
 * so the JSON carries no discriminator. Every record carries the item version it was based on; each checks its own
 * fields, naming the field and the reason.
 */
public sealed interface ActRequest {
    /** The item version the act was based on; a stale one is refused. */
    Long version();

    /** Adds a text version (R3f: it cancels a running silence). */
    record AddText(String text, Long version) implements ActRequest {
        /** @throws InvalidInput naming {@code text} if it is missing */
        public String checkedText() {
            if (text == null || text.isBlank()) throw new InvalidInput("text", "is required");
            return text;
        }
    }

    /** Opens a silence procedure on the current text until {@code deadline} (an instant, R3a). */
    record OpenSilence(String deadline, Long version) implements ActRequest {
        /** @throws InvalidInput naming {@code deadline} if it is missing or not an instant */
        public Instant checkedDeadline() { return CalendarDate.instant("deadline", deadline); }
    }

    /**
     * Breaks silence for a member (R3c).
     *
     * @param act       STATEMENT_IN_SESSION (default), LETTER, NOTE or DECLARATION
     * @param reference the document reference, required for a LETTER, NOTE or DECLARATION
     */
    record BreakSilence(String act, String reference, Long version) implements ActRequest {
        /** The act, or null with the violations added. */
        public OfficialAct toAct(Violations v) { return PositionData.act(v, act, reference); }
    }

    /**
     * Withdraws a member's footnote before adoption (R4).
     *
     * @param act       STATEMENT_IN_SESSION (default), LETTER, NOTE or DECLARATION
     * @param reference the document reference, required for a LETTER, NOTE or DECLARATION
     */
    record WithdrawFootnote(String act, String reference, Long version) implements ActRequest {
        /** The act, or null with the violations added. */
        public OfficialAct toAct(Violations v) { return PositionData.act(v, act, reference); }
    }

    /** Consensus-minus-one (R2): leaves a member out, on the basis given as {@code reason}. */
    record ExcludeMember(String reason, Long version) implements ActRequest {
        /** @throws InvalidInput naming {@code reason} if it is missing */
        public String checkedReason() {
            if (reason == null || reason.isBlank()) throw new InvalidInput("reason", "is required: the basis of the exclusion");
            return reason;
        }
    }

    /** Withdraws the item, with an optional reason ("withdrawn" when absent). */
    record Withdraw(String reason, Long version) implements ActRequest {
        public String reasonOrDefault() { return reason == null || reason.isBlank() ? "withdrawn" : reason; }
    }

    /** Moves the item to another body and level (R12), with an optional reason ("moved" when absent). */
    record Move(String reason, Long version) implements ActRequest {
        public String reasonOrDefault() { return reason == null || reason.isBlank() ? "moved" : reason; }
    }

    /** Reopens a sealed item as a new item (R13) with the id {@code newId}, generated when absent. */
    record Reopen(String newId, Long version) implements ActRequest {
        /** @throws InvalidInput naming {@code newId} if it is not a valid item id */
        public ItemId newIdOr(Supplier<String> generated) {
            Violations v = new Violations();
            ItemId id = v.parse("newId", () -> ItemId.of(newId == null || newId.isBlank() ? generated.get() : newId));
            v.throwIfAny();
            return id;
        }
    }
}
