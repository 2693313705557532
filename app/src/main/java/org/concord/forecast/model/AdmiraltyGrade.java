package org.concord.forecast.model;

import java.util.Objects;

/**
 * The Admiralty (NATO STANAG 2511 / AJP-2.1) grade of a report: how reliable its source is (A-F) and how credible
 * the information itself is (1-6), e.g. {@code B2}.
 *
 * <p>The weights below are Concord's own calibration choice, not part of the standard, which grades but does not
 * weigh. They fall with the grade; the "cannot be judged" grades F and 6 sit at 0.3, between "not usually reliable"
 * and "unreliable" (resp. "doubtful"), because an unjudged source is neither trusted nor known to be bad.
 *
 * <table>
 *   <caption>Weights</caption>
 *   <tr><th>reliability</th><th>weight</th><th>credibility</th><th>weight</th></tr>
 *   <tr><td>A completely reliable</td><td>1.0</td><td>1 confirmed by other sources</td><td>1.0</td></tr>
 *   <tr><td>B usually reliable</td><td>0.8</td><td>2 probably true</td><td>0.8</td></tr>
 *   <tr><td>C fairly reliable</td><td>0.6</td><td>3 possibly true</td><td>0.6</td></tr>
 *   <tr><td>D not usually reliable</td><td>0.4</td><td>4 doubtful</td><td>0.3</td></tr>
 *   <tr><td>E unreliable</td><td>0.2</td><td>5 improbable</td><td>0.1</td></tr>
 *   <tr><td>F reliability cannot be judged</td><td>0.3</td><td>6 truth cannot be judged</td><td>0.3</td></tr>
 * </table>
 *
 * @param reliability the source grade, must not be null
 * @param credibility the information grade, must not be null
 */
public record AdmiraltyGrade(Reliability reliability, Credibility credibility) {
    public AdmiraltyGrade {
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(credibility, "credibility");
    }

    /**
     * Parses a two-character grade such as {@code B2} (upper-case letter, then digit; surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the text if it is not a letter A-F followed by a digit 1-6
     */
    public static AdmiraltyGrade parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[A-F][1-6]"))
            throw new IllegalArgumentException("Admiralty grade '" + text + "' must be a letter A-F followed by a digit 1-6, e.g. B2");
        return new AdmiraltyGrade(Reliability.valueOf(t.substring(0, 1)), Credibility.values()[t.charAt(1) - '1']);
    }

    /** The product of the reliability and credibility weights, in (0, 1]. */
    double weight() { return reliability.weight() * credibility.weight(); }

    @Override public String toString() { return reliability.name() + credibility.code(); }

    /** Source reliability, A (completely reliable) to F (cannot be judged). */
    enum Reliability {
        A(1.0), B(0.8), C(0.6), D(0.4), E(0.2), F(0.3);

        private final double weight;

        Reliability(double weight) { this.weight = weight; }

        double weight() { return weight; }
    }

    /** Information credibility, 1 (confirmed) to 6 (cannot be judged). */
    enum Credibility {
        CONFIRMED(1, 1.0), PROBABLY_TRUE(2, 0.8), POSSIBLY_TRUE(3, 0.6), DOUBTFUL(4, 0.3), IMPROBABLE(5, 0.1),
        CANNOT_BE_JUDGED(6, 0.3);

        private final int code;
        private final double weight;

        Credibility(int code, double weight) {
            this.code = code;
            this.weight = weight;
        }

        int code() { return code; }

        double weight() { return weight; }
    }
}
