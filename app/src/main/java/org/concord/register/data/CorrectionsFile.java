package org.concord.register.data;

import java.util.List;

/**
 * Corrections to records of a register that was loaded from an earlier edition of a register file (format
 * {@value #FORMAT}): each names a record and the fields to take from the current edition of the file, where the stored
 * record still holds the earlier edition's values in those fields.
 *
 * @param id          names the set of corrections in the journal, e.g. {@code fact-check-2026-12}
 * @param previous    the file name of the earlier edition, beside the current one
 * @param corrections in the order they are applied
 * @param previousQuestions the file name of the earlier edition of the questions file (open questions), if any
 * @param questions   corrections of records loaded from the questions file, {@code issue:ID} (forecast issues, fields
 *                    of their wire form) or {@code item:ID} (decision items, field {@code subject}); the register's
 *                    corrections do not apply them
 */
public record CorrectionsFile(String format, String id, String previous, List<Correction> corrections, String previousQuestions,
                              List<Correction> questions) {
    public static final String FORMAT = "concord-corrections/1";

    public CorrectionsFile {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** Corrections of the register only. */
    public CorrectionsFile(String format, String id, String previous, List<Correction> corrections) {
        this(format, id, previous, corrections, null, List.of());
    }

    /**
     * @param record {@code mission:ID}, {@code event:ID}, {@code member:ISO3}, {@code partner:ISO3} or {@code framework:CODE}
     * @param fields the wire fields of the record that the correction replaces, e.g. {@code [leads, note]}
     * @param reason what was wrong, in one or two sentences
     */
    public record Correction(String record, List<String> fields, String reason) {
        public Correction {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }
}
