package org.concord.intel;

import org.concord.procedure.model.ItemId;
import org.concord.register.model.MissionId;

import java.util.Objects;

/** What a risk is attached to: a mission, a decision item, or one option of an item. */
sealed interface RiskTarget permits RiskTarget.OnMission, RiskTarget.OnItem, RiskTarget.OnOption {

    /** The item the risk bears on, if any (an option's item too). */
    default java.util.Optional<ItemId> onItem() {
        return switch (this) {
            case OnMission m -> java.util.Optional.empty();
            case OnItem i -> java.util.Optional.of(i.id());
            case OnOption o -> java.util.Optional.of(o.item());
        };
    }

    /** @param id must not be null */
    record OnMission(MissionId id) implements RiskTarget {
        public OnMission { Objects.requireNonNull(id, "id"); }
    }

    /** @param id must not be null */
    record OnItem(ItemId id) implements RiskTarget {
        public OnItem { Objects.requireNonNull(id, "id"); }
    }

    /** @param item must not be null; @param key the option's key within its item, not blank */
    record OnOption(ItemId item, String key) implements RiskTarget {
        public OnOption {
            Objects.requireNonNull(item, "item");
            if (key == null || key.isBlank()) throw new IllegalArgumentException("option key must not be blank");
        }
    }
}
