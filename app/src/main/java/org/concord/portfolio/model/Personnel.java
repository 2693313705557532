package org.concord.portfolio.model;

import org.concord.register.model.Mission;
import org.concord.register.model.Qualifier;
import org.concord.register.model.StrengthPoint;
import org.concord.shared.Provenance;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A mission's personnel by the portfolio's rule ({@link #RULE}): the most recent strength point; its actual figure when
 * it has one, else the figure is unknown and the point's note (or authorised ceiling) says what is known.
 *
 * @param actual     the actual personnel, when the latest point gives it
 * @param qualifier  how the figure relates to the real one
 * @param text       the figure as shown, e.g. {@code ~4,500} or {@code several hundred (no number given)}
 * @param date       the point's date, e.g. {@code 2025}; empty when nothing is recorded
 * @param provenance the point's sources and grade; empty when nothing is recorded
 */
public record Personnel(OptionalInt actual, Qualifier qualifier, String text, Optional<String> date, Optional<Provenance> provenance) {
    public static final String RULE = "Personnel is the most recent strength figure recorded: its actual figure where it gives one; "
            + "an authorised ceiling or a note without a number leaves the personnel unknown.";

    public Personnel {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(provenance, "provenance");
    }

    public static Personnel of(Mission m) {
        if (m.strength().isEmpty())
            return new Personnel(OptionalInt.empty(), Qualifier.EXACT, "no figure recorded", Optional.empty(), Optional.empty());
        StrengthPoint p = m.strength().get(m.strength().size() - 1);
        String text;
        if (p.actual().isPresent()) text = mark(p.qualifier()) + String.format(java.util.Locale.ROOT, "%,d", p.actual().getAsInt());
        else if (p.authorised().isPresent())
            text = "unknown (authorised " + String.format(java.util.Locale.ROOT, "%,d", p.authorised().getAsInt()) + ")";
        else text = "unknown (" + p.note().orElse("no number given") + ")";
        return new Personnel(p.actual(), p.qualifier(), text, Optional.of(p.date().toString()), Optional.of(p.provenance()));
    }

    public boolean known() { return actual.isPresent(); }

    static String mark(Qualifier q) {
        return switch (q) {
            case EXACT -> "";
            case APPROXIMATELY -> "~";
            case OVER -> ">";
            case UNDER -> "<";
        };
    }
}
