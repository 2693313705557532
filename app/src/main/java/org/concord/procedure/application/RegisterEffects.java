package org.concord.procedure.application;

import org.concord.procedure.model.AdoptedDecision;
import org.concord.procedure.model.Effect;
import org.concord.procedure.model.Membership;
import org.concord.shared.InvalidInput;
import org.concord.shared.Principal;
import org.concord.shared.tx.Tx;

import java.util.List;
import java.util.Optional;

/**
 * The procedure's port to the register: adopting an item asks the register to apply its effect, in the adopting
 * transaction; the register validates the change and journals it itself. The register also says who sits in each body
 * on a date and which procedure the organisation follows. The procedure knows no register record.
 */
public interface RegisterEffects {
    /** The bodies' members on a date, as the register holds them, read within {@code t}. */
    Membership membership(Tx t);

    /** The procedure the organisation in the register follows ({@code NATO}, {@code OSCE}, {@code EU_UNANIMITY}); NATO when none is recorded. */
    String procedure(Tx t);

    /**
     * Applies the adopted decision's effect inside {@code t}.
     *
     * @param classification the adopted item's marking (as raised by what it touches): a record the decision creates
     *                       carries it, so the decision's content shows no reader who may not see the item
     * @return a one-line description of what changed in the register
     * @throws org.concord.shared.NotFound if a target is gone; {@link org.concord.shared.Conflict} if it changed meanwhile
     */
    String apply(Tx t, Principal who, AdoptedDecision decision, String classification);

    /** The existing records (mission, event and its session) {@code effect} changes when adopted; none for a launch or a statement. */
    List<Target> targets(Tx t, Effect effect);

    /**
     * A register record an effect names, as the register holds it now.
     *
     * @param classification the record's marking; empty if the register has no such record
     */
    record Target(String field, String kind, String id, Optional<String> classification, Optional<String> session,
                  boolean sessionExists) {
        /** The refusal for a target that is missing, or hidden from the actor: the same words either way. */
        InvalidInput missing() {
            return new InvalidInput(field, "'" + id + "' is not " + (kind.equals("mission") ? "a mission" : "an event") + " in the register");
        }
    }
}
