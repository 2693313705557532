package org.concord.access.model;

import java.util.Locale;

/**
 * The rules a new password must meet: long enough, not a single repeated character, not the user name. Length is
 * what protects a password; no composition rules (NIST SP 800-63B, OWASP ASVS 2.1).
 *
 * @param minLength the fewest characters (Unicode code points after NFKC), at least 1
 * @param maxLength the most characters, from {@code minLength} to {@link Password#MAX_LENGTH}
 */
public record PasswordPolicy(int minLength, int maxLength) {
    /** At least 12 characters, at most 1024. */
    public static final PasswordPolicy STANDARD = new PasswordPolicy(12, 1024);

    public PasswordPolicy {
        if (minLength < 1) throw new IllegalArgumentException("minLength must be at least 1, got " + minLength);
        if (maxLength < minLength || maxLength > Password.MAX_LENGTH)
            throw new IllegalArgumentException("maxLength must be from " + minLength + " to " + Password.MAX_LENGTH + ", got " + maxLength);
    }

    /** Checks {@code password} as the new password of {@code owner}. */
    public PasswordCheck check(Password password, UserName owner) {
        String text = password.normalized();
        int length = text.codePointCount(0, text.length());
        if (length < minLength)
            return new PasswordCheck.Rejected("the password has " + length + " characters; at least " + minLength + " are needed");
        if (length > maxLength)
            return new PasswordCheck.Rejected("the password has " + length + " characters; at most " + maxLength + " are accepted");
        if (text.codePoints().distinct().count() == 1)
            return new PasswordCheck.Rejected("the password repeats a single character");
        if (text.toLowerCase(Locale.ROOT).contains(owner.value()))
            return new PasswordCheck.Rejected("the password contains the user name");
        return new PasswordCheck.Accepted();
    }
}
