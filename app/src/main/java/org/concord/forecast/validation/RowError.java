package org.concord.forecast.validation;

/**
 * Why one row (or one issue) of a validation CSV was refused.
 *
 * @param line   the line of the file, counting the header's lines and comments, from 1; for a record that spans
 *               lines (a quoted line break), its last line
 * @param field  the column at fault, or {@code row} / {@code header} for the record as a whole; not blank
 * @param reason what is wrong, naming the offending value; not blank
 */
public record RowError(long line, String field, String reason) {
    public RowError {
        if (line < 1) throw new IllegalArgumentException("line must be at least 1, was " + line);
        if (field == null || field.isBlank()) throw new IllegalArgumentException("field must not be blank");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("reason must not be blank");
    }

    @Override public String toString() { return "line " + line + ", " + field + ": " + reason; }
}
