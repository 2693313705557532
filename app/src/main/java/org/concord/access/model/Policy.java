package org.concord.access.model;

import org.concord.shared.English;
import org.concord.shared.Principal;
import org.concord.shared.Role;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.concord.access.model.ActionKind.*;
import static org.concord.access.model.Grant.*;

/**
 * Who may do what: a table of {@link Grant}s by action kind and role. Deny by default: a role or kind missing from the
 * table is denied. {@link #decide} is a pure function of the principal and the action.
 */
public final class Policy {
    /** The columns of the table, in the order the rows below list them. */
    static final List<Role> COLUMNS = List.of(Role.ADMIN, Role.CHAIR, Role.DELEGATION, Role.PARTNER, Role.ANALYST, Role.READER, Role.SYSTEM);

    private static final Policy STANDARD = new Builder()
            //                              ADMIN  CHAIR     DELEGATION  PARTNER  ANALYST  READER  SYSTEM
            .row(READ_REGISTER,             ALL,   ALL,      ALL,        ALL,     ALL,     ALL,    ALL)
            .row(EDIT_REGISTER,             ALL,   ALL,      NONE,       NONE,    NONE,    NONE,   NONE)
            .row(LOAD_DATA,                 ALL,   NONE,     NONE,       NONE,    NONE,    NONE,   ALL)
            .row(RAISE_ITEM,                NONE,  OWN_NAME, OWN_NATION, NONE,    NONE,    NONE,   NONE)
            .row(RECORD_POSITION,           NONE,  NONE,     OWN_NATION, NONE,    NONE,    NONE,   NONE)
            .row(BREAK_SILENCE,             NONE,  NONE,     OWN_NATION, NONE,    NONE,    NONE,   NONE)
            .row(WRITE_FOOTNOTE,            NONE,  NONE,     OWN_NATION, NONE,    NONE,    NONE,   NONE)
            .row(OPEN_SILENCE,              NONE,  ALL,      NONE,       NONE,    NONE,    NONE,   NONE)
            .row(CLOSE_SILENCE,             NONE,  ALL,      NONE,       NONE,    NONE,    NONE,   ALL)
            .row(RECORD_STANCE,             NONE,  NONE,     NONE,       NONE,    ALL,     NONE,   NONE)
            .row(RECORD_REVIEW,             NONE,  ALL,      NONE,       NONE,    NONE,    NONE,   ALL)
            .row(ANALYSE_PORTFOLIO,         NONE,  ALL,      NONE,       NONE,    ALL,     NONE,   NONE)
            .row(RUN_FORECAST,              NONE,  ALL,      NONE,       NONE,    ALL,     NONE,   NONE)
            .row(READ_JOURNAL,              ALL,   ALL,      ALL,        NONE,    ALL,     ALL,    ALL)
            .row(MANAGE_OWN_CREDENTIALS,    ALL,   ALL,      ALL,        ALL,     ALL,     ALL,    NONE)
            .row(MANAGE_USERS,              ALL,   NONE,     NONE,       NONE,    NONE,    NONE,   NONE)
            .row(READ_AUDIT,                ALL,   NONE,     NONE,       NONE,    NONE,    NONE,   NONE)
            .build();

    private final Map<ActionKind, Map<Role, Grant>> grants;

    private Policy(Map<ActionKind, Map<Role, Grant>> grants) { this.grants = grants; }

    /** Concord's policy; the README prints it with {@link #markdownTable()}. */
    public static Policy standard() { return STANDARD; }

    /** The cell for {@code role} and {@code kind}; {@link Grant#NONE} where the table says nothing. */
    public Grant grant(Role role, ActionKind kind) {
        return grants.getOrDefault(kind, Map.of()).getOrDefault(role, NONE);
    }

    /** Whether {@code who} may do {@code action}. Both must not be null. */
    public Decision decide(Principal who, Action action) {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        Optional<String> refusal = switch (grant(who.role(), action.kind())) {
            case ALL -> Optional.empty();
            case NONE -> Optional.of(English.withArticle(who.role()) + " may not " + action.kind());
            case OWN_NATION -> who.nation().isPresent() && action.nation().equals(who.nation()) ? Optional.empty()
                    : Optional.of(English.withArticle(who.role()) + who.nation().map(n -> " of " + n).orElse("") + " may " + action.kind()
                            + " only for its own nation, not " + action.nation().map(Object::toString).orElse("in the chair's name"));
            case OWN_NAME -> action.nation().isEmpty() ? Optional.empty()
                    : Optional.of(English.withArticle(who.role()) + " may " + action.kind() + " only in its own name, not for " + action.nation().get());
        };
        return refusal.<Decision>map(Decision.Deny::new).orElseGet(Decision.Allow::new);
    }

    /** The table as Markdown: one row per action kind, one column per role. */
    String markdownTable() {
        StringBuilder out = new StringBuilder("| Action |");
        COLUMNS.forEach(r -> out.append(' ').append(r).append(" |"));
        out.append("\n|---|");
        COLUMNS.forEach(r -> out.append("---|"));
        for (ActionKind kind : ActionKind.values()) {
            out.append("\n| ").append(kind).append(" |");
            COLUMNS.forEach(r -> out.append(' ').append(grant(r, kind).symbol()).append(" |"));
        }
        return out.append('\n').toString();
    }

    private static final class Builder {
        private final Map<ActionKind, Map<Role, Grant>> rows = new EnumMap<>(ActionKind.class);

        Builder row(ActionKind kind, Grant... cells) {
            if (cells.length != COLUMNS.size())
                throw new IllegalArgumentException(kind + " has " + cells.length + " cells; the table has " + COLUMNS.size() + " columns");
            if (rows.containsKey(kind)) throw new IllegalArgumentException(kind + " has two rows");
            Map<Role, Grant> row = new EnumMap<>(Role.class);
            for (int i = 0; i < cells.length; i++) row.put(COLUMNS.get(i), cells[i]);
            rows.put(kind, row);
            return this;
        }

        Policy build() {
            Map<ActionKind, Map<Role, Grant>> copy = new EnumMap<>(ActionKind.class);
            rows.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return new Policy(copy);
        }
    }
}
