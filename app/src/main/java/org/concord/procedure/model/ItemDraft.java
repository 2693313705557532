package org.concord.procedure.model;

import java.util.Objects;

/**
 * What a proposer puts forward when raising an item.
 *
 * @param id       the new item's id, given by the caller, must not be null
 * @param body     the deciding body (usually {@link ProcedureConfig#defaultBody()}), must not be null
 * @param level    the level it is decided at, must not be null
 * @param proposer a member or the chair, must not be null
 * @param subject  a short subject line, must not be blank
 * @param effect   what adoption does to the register, must not be null
 * @param text     the first text version, must not be blank
 */
public record ItemDraft(ItemId id, BodyId body, Level level, Proposer proposer, String subject, Effect effect,
                        String text) {
    public ItemDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(proposer, "proposer");
        Slugs.text("subject", subject);
        Objects.requireNonNull(effect, "effect");
        Slugs.text("text", text);
    }
}
