package org.concord.access.model;

/** Renders untrusted text for an error or audit message: at most 80 characters, control characters escaped. */
final class Shown {
    private static final int MAX = 80;

    private Shown() {}

    static String quote(String text) {
        if (text == null) return "null";
        StringBuilder out = new StringBuilder("'");
        text.codePoints().limit(MAX).forEach(c -> {
            if (Character.isISOControl(c)) out.append(String.format("\\u%04x", c));
            else out.appendCodePoint(c);
        });
        if (text.codePointCount(0, text.length()) > MAX) out.append("...");
        return out.append('\'').toString();
    }
}
