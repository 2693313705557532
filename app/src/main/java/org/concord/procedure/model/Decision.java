package org.concord.procedure.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of a command on a decision item: the events to append, or a refusal citing the rule. */
public sealed interface Decision {

    /** @param events the events to append and fold, in order; never empty */
    record Accepted(List<ProcedureEvent> events) implements Decision {
        public Accepted {
            events = List.copyOf(Objects.requireNonNull(events, "events"));
            if (events.isEmpty()) throw new IllegalArgumentException("an accepted command yields at least one event");
        }

        /** The adopted decision, if this command adopted the item; its effect is for the register. */
        public Optional<AdoptedDecision> adopted() {
            for (ProcedureEvent e : events)
                if (e instanceof ProcedureEvent.ItemAdopted a) return Optional.of(a.decision());
            return Optional.empty();
        }
    }

    /** @param rule the rule that refuses it, must not be null; @param reason why, naming the values, must not be blank */
    record Refused(Rule rule, String reason) implements Decision {
        public Refused {
            Objects.requireNonNull(rule, "rule");
            Slugs.text("reason", reason);
        }
    }

    /** The events of an accepted command; empty for a refusal. */
    default List<ProcedureEvent> events() {
        return switch (this) {
            case Accepted a -> a.events();
            case Refused r -> List.of();
        };
    }
}
