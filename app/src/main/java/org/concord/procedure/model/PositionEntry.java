package org.concord.procedure.model;

import java.time.Instant;
import java.util.Objects;
import org.concord.shared.Iso3;

/**
 * One entry of an item's position history: an official act that set a member's standing position.
 *
 * @param member      the member whose position this is, must not be null
 * @param position    the position, must not be null
 * @param act         the official act, must not be null
 * @param recordedBy  who recorded it (the member's delegation, the chair, or the procedure), must not be null
 * @param at          when, must not be null
 * @param textVersion the text version current at that time, >= 1
 * @param rule        the rule cited, must not be null
 */
public record PositionEntry(Iso3 member, Position position, OfficialAct act, Actor recordedBy, Instant at,
                            int textVersion, Rule rule) {
    public PositionEntry {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(at, "at");
        if (textVersion < 1) throw new IllegalArgumentException("text version must be >= 1, was " + textVersion);
        Objects.requireNonNull(rule, "rule");
    }
}
