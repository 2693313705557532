package org.concord.shared;

import java.util.Objects;

/** Small pieces of English for messages built around names such as roles and states. */
public final class English {
    private English() {}

    /**
     * The word with its indefinite article chosen by its first letter: {@code an ANALYST}, {@code a READER}. Concord's
     * names (roles, states, forms, event types) are read as words, so a vowel letter takes "an"; no name begins with a
     * vowel letter sounded as a consonant ("a UNIT") or with a silent h.
     *
     * @param word must not be null nor blank; its {@code toString()} is used
     * @throws IllegalArgumentException if the word is blank
     */
    public static String withArticle(Object word) {
        String w = Objects.requireNonNull(word, "word").toString();
        if (w.isBlank()) throw new IllegalArgumentException("the word after an article must not be blank");
        return ("AEIOUaeiou".indexOf(w.charAt(0)) >= 0 ? "an " : "a ") + w;
    }
}
