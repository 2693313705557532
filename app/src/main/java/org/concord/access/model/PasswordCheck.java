package org.concord.access.model;

import java.util.Objects;

/** Whether a new password meets the {@link PasswordPolicy}, and if not why. */
public sealed interface PasswordCheck {
    record Accepted() implements PasswordCheck {}

    /** @param reason what is wrong, fit to show to the person choosing the password (it never repeats the password) */
    record Rejected(String reason) implements PasswordCheck {
        public Rejected { Objects.requireNonNull(reason, "reason"); }
    }
}
