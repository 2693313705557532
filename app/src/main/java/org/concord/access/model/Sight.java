package org.concord.access.model;

import java.util.Objects;

/** Whether a viewer may see a record. */
sealed interface Sight {
    record Visible() implements Sight {}

    /**
     * @param reason why, for the audit trail and tests only: the client must be told the record does not exist (404),
     *               never that it is hidden (403), or the refusal itself would disclose the record
     */
    record Hidden(String reason) implements Sight {
        public Hidden { Objects.requireNonNull(reason, "reason"); }
    }
}
