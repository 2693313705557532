package org.concord.procedure.model;

import java.util.Objects;

/**
 * A statement or footnote a member attaches while joining consensus (R4); it travels with the decision.
 *
 * @param text  the statement, must not be blank
 * @param scope the whole decision or one paragraph or clause, must not be null
 */
public record Footnote(String text, FootnoteScope scope) {
    public Footnote {
        Slugs.text("footnote text", text);
        Objects.requireNonNull(scope, "scope");
    }

    public static Footnote onWholeDecision(String text) { return new Footnote(text, new FootnoteScope.WholeDecision()); }

    public static Footnote onClause(String clause, String text) { return new Footnote(text, new FootnoteScope.Clause(clause)); }
}
