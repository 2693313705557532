package org.concord.web.pages;

import java.util.Locale;

/** The words and symbols the pages print for the procedure's codes: a position is always a word and a symbol, never colour alone. */
final class Labels {
    private Labels() {}

    static String position(String kind) {
        return switch (kind) {
            case "OBJECTION" -> "objects";
            case "RESERVATION" -> "reservation";
            case "AD_REFERENDUM" -> "ad referendum";
            case "SUPPORT" -> "supports";
            case "SUPPORT_WITH_STATEMENT" -> "supports with footnote";
            case "ABSTAIN" -> "abstains";
            case "QUALIFIED_ABSTAIN" -> "abstains (qualified)";
            case "NON_PARTICIPATING" -> "not participating";
            case "SILENT" -> "silent";
            case "UNKNOWN" -> "no position";
            default -> words(kind);
        };
    }

    static String symbol(String kind) {
        return switch (kind) {
            case "OBJECTION" -> "✗";
            case "RESERVATION", "AD_REFERENDUM" -> "!";
            case "SUPPORT" -> "✓";
            case "SUPPORT_WITH_STATEMENT" -> "✓*";
            case "ABSTAIN", "QUALIFIED_ABSTAIN" -> "○";
            case "NON_PARTICIPATING" -> "–";
            default -> "·";
        };
    }

    /** The CSS class of a position's colour. */
    static String tone(String kind) {
        return switch (kind) {
            case "OBJECTION" -> "object";
            case "RESERVATION", "AD_REFERENDUM" -> "reserve";
            case "SUPPORT", "SUPPORT_WITH_STATEMENT" -> "support";
            case "ABSTAIN", "QUALIFIED_ABSTAIN", "NON_PARTICIPATING" -> "neutral";
            default -> "none";
        };
    }

    /** A position kind from its serialised type name ("Objection", "SupportWithStatement" or "OBJECTION"). */
    static String kindOf(String type) {
        String t = type.contains(".") ? type.substring(type.lastIndexOf('.') + 1) : type;
        if (t.equals(t.toUpperCase(Locale.ROOT))) return t;
        return t.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    static String level(String level) {
        if (level == null) return "—";
        return switch (level) {
            case "AMBASSADORS" -> "ambassadors'";
            case "MINISTERS" -> "ministers'";
            case "HEADS_OF_STATE_AND_GOVERNMENT" -> "heads of state and government";
            default -> words(level);
        };
    }

    static String act(String form) {
        if (form == null) return "";
        return switch (form) {
            case "STATEMENT_IN_SESSION" -> "statement in session";
            case "LETTER" -> "letter";
            case "NOTE" -> "note";
            case "DECLARATION" -> "declaration";
            case "TACIT_AT_SILENCE_DEADLINE" -> "tacit, at the silence deadline";
            default -> words(form);
        };
    }

    /** A journal event type in words: "PositionRecorded" → "Position recorded". */
    static String event(String type) {
        String w = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** An upper-case code in words: "SILENCE_BROKEN" → "silence broken". */
    static String words(String code) {
        return code == null ? "—" : code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
