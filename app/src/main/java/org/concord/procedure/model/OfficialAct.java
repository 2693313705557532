package org.concord.procedure.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The official act behind a position or a silence break (R9): its form and, optionally, a document reference.
 *
 * @param form      the form, must not be null
 * @param reference the document reference (letter number, minutes), null when there is none; not blank when given
 */
public record OfficialAct(ActForm form, String reference) {
    public OfficialAct {
        Objects.requireNonNull(form, "form");
        if (reference != null && reference.isBlank())
            throw new IllegalArgumentException("document reference must be null or not blank, was '" + reference + "'");
    }

    static OfficialAct inSession() { return new OfficialAct(ActForm.STATEMENT_IN_SESSION, null); }

    static OfficialAct inSession(String minutes) { return new OfficialAct(ActForm.STATEMENT_IN_SESSION, minutes); }

    static OfficialAct letter(String reference) { return new OfficialAct(ActForm.LETTER, Slugs.text("letter reference", reference)); }

    static OfficialAct note(String reference) { return new OfficialAct(ActForm.NOTE, Slugs.text("note reference", reference)); }

    static OfficialAct declaration(String reference) {
        return new OfficialAct(ActForm.DECLARATION, Slugs.text("declaration reference", reference));
    }

    /** The document reference, if any. */
    Optional<String> documentRef() { return Optional.ofNullable(reference); }

    /** Whether this act can break silence (R3c): a letter or a note, with a reference that attributes it. */
    boolean breaksSilence() {
        return (form == ActForm.LETTER || form == ActForm.NOTE) && reference != null;
    }
}
