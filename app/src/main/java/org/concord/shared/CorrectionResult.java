package org.concord.shared;

/** What a correction of data loaded from an earlier edition of a built-in file did to one stored record. */
public enum CorrectionResult {
    /** The record held the earlier edition's values in the corrected fields: it now holds the current ones, journaled. */
    CORRECTED,
    /** The record already holds the current values: nothing changed. */
    ALREADY_CORRECT,
    /** The record was changed since it was loaded: it is kept as it is. */
    KEPT,
    /** No such record here: nothing to correct. */
    ABSENT
}
