package org.concord.procedure.model;

/** What a footnote is attached to (R4). */
public sealed interface FootnoteScope {

    /** The whole decision. */
    record WholeDecision() implements FootnoteScope {}

    /** @param clause the paragraph or clause id in the text (e.g. {@code para-4}), must not be blank */
    record Clause(String clause) implements FootnoteScope {
        public Clause {
            Slugs.text("clause id", clause);
        }
    }
}
