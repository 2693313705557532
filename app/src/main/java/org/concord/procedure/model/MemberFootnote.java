package org.concord.procedure.model;

import java.util.Objects;
import org.concord.shared.Iso3;

/**
 * A footnote as it travels with an adopted decision (R4).
 *
 * @param member      who attached it, must not be null
 * @param footnote    the statement and its scope, must not be null
 * @param textVersion the text version it was attached on, >= 1
 */
public record MemberFootnote(Iso3 member, Footnote footnote, int textVersion) {
    public MemberFootnote {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(footnote, "footnote");
        if (textVersion < 1) throw new IllegalArgumentException("text version must be >= 1, was " + textVersion);
    }
}
