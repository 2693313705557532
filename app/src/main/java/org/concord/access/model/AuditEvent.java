package org.concord.access.model;

import org.concord.shared.Iso3;
import org.concord.shared.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to access control, for the journal. Every event names the acting user (for a login, the
 * name that was typed if it is a valid user name, else {@value #INVALID_NAME}, so that a password typed into the name
 * field is not recorded), where from, when, and a one-line detail.
 */
public sealed interface AuditEvent {
    /** What a login event records when the typed name is not a valid user name. */
    String INVALID_NAME = "(invalid name)";

    /** The acting user, or the typed name for a login. */
    String user();

    /** Where the request came from; empty when unknown. */
    Optional<ClientAddress> address();

    Instant at();

    /** The journal subject the event is about, e.g. {@code user:alice}. */
    String subject();

    /** One line for people. */
    String detail();

    /** The event's stable type name for the journal (its {@code TYPE}; never derived from the class name). */
    default String type() {
        return switch (this) {
            case LoginSucceeded e -> LoginSucceeded.TYPE;
            case LoginFailed e -> LoginFailed.TYPE;
            case LoginThrottled e -> LoginThrottled.TYPE;
            case AccessDenied e -> AccessDenied.TYPE;
            case TokenCreated e -> TokenCreated.TYPE;
            case TokenRevoked e -> TokenRevoked.TYPE;
            case UserAdded e -> UserAdded.TYPE;
            case UserDisabled e -> UserDisabled.TYPE;
            case AccountUnbound e -> AccountUnbound.TYPE;
            case LoginUnlocked e -> LoginUnlocked.TYPE;
            case RecordNotFound e -> RecordNotFound.TYPE;
            case AnonymousRefusals e -> AnonymousRefusals.TYPE;
            case UserEnabled e -> UserEnabled.TYPE;
            case PasswordChanged e -> PasswordChanged.TYPE;
        };
    }

    /** Every audit event's type name, in declaration order. */
    java.util.List<String> TYPES = java.util.List.of(LoginSucceeded.TYPE, LoginFailed.TYPE, LoginThrottled.TYPE, AccessDenied.TYPE, TokenCreated.TYPE, TokenRevoked.TYPE, UserAdded.TYPE, UserDisabled.TYPE, AccountUnbound.TYPE, LoginUnlocked.TYPE, RecordNotFound.TYPE, AnonymousRefusals.TYPE, UserEnabled.TYPE, PasswordChanged.TYPE);

    /** The journal subject audit events of {@code user} are recorded under. */
    static String journalSubject(String user) { return JOURNAL_PREFIX + user; }

    /** Whether a journal subject is the audit trail's. */
    static boolean isJournalSubject(String subject) { return subject.startsWith(JOURNAL_PREFIX); }

    /** The subject prefix of the audit trail in the journal. */
    String JOURNAL_PREFIX = "audit:";

    /** The user name to record for a login attempt with the name {@code typed}. */
    static String loginName(String typed) { return UserName.parse(typed).map(UserName::value).orElse(INVALID_NAME); }

    record LoginSucceeded(String user, Optional<ClientAddress> address, Instant at) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "LoginSucceeded";

        public LoginSucceeded { AuditCheck.common(user, address, at); }

        @Override public String subject() { return "user:" + user; }

        @Override public String detail() { return user + " signed in"; }
    }

    /** @param reason the precise reason (unknown user, wrong password, account disabled): for the audit reader, never the client */
    record LoginFailed(String user, Optional<ClientAddress> address, Instant at, String reason) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "LoginFailed";

        public LoginFailed { AuditCheck.common(user, address, at); Objects.requireNonNull(reason, "reason"); }

        @Override public String subject() { return "user:" + user; }

        @Override public String detail() { return "login as " + user + " failed: " + reason; }
    }

    record LoginThrottled(String user, Optional<ClientAddress> address, Instant at, Duration retryAfter) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "LoginThrottled";

        public LoginThrottled { AuditCheck.common(user, address, at); Objects.requireNonNull(retryAfter, "retryAfter"); }

        @Override public String subject() { return "user:" + user; }

        @Override public String detail() { return "login as " + user + " refused unchecked: locked for " + retryAfter.toSeconds() + " s more"; }
    }

    record AccessDenied(String user, Optional<ClientAddress> address, Instant at, Action action, String reason) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "AccessDenied";

        public AccessDenied { AuditCheck.common(user, address, at); Objects.requireNonNull(action, "action"); Objects.requireNonNull(reason, "reason"); }

        @Override public String subject() { return "user:" + user; }

        @Override public String detail() { return user + " was denied " + action + ": " + reason; }
    }

    /** @param token the new token's hash (its id), never its plaintext */
    record TokenCreated(String user, Optional<ClientAddress> address, Instant at, UserName owner, TokenHash token,
                        Optional<Instant> expires) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "TokenCreated";

        public TokenCreated {
            AuditCheck.common(user, address, at);
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expires, "expires");
        }

        @Override public String subject() { return "user:" + owner; }

        @Override public String detail() {
            return user + " created token " + token.shortId() + " for " + owner + expires.map(e -> ", expiring " + e).orElse(", not expiring");
        }
    }

    record TokenRevoked(String user, Optional<ClientAddress> address, Instant at, UserName owner, TokenHash token) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "TokenRevoked";

        public TokenRevoked { AuditCheck.common(user, address, at); Objects.requireNonNull(owner, "owner"); Objects.requireNonNull(token, "token"); }

        @Override public String subject() { return "user:" + owner; }

        @Override public String detail() { return user + " revoked token " + token.shortId() + " of " + owner; }
    }

    record UserAdded(String user, Optional<ClientAddress> address, Instant at, UserName added, Role role, Optional<Iso3> nation,
                     Marking clearance) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "UserAdded";

        public UserAdded {
            AuditCheck.common(user, address, at);
            Objects.requireNonNull(added, "added");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(nation, "nation");
            Objects.requireNonNull(clearance, "clearance");
        }

        @Override public String subject() { return "user:" + added; }

        @Override public String detail() {
            return user + " added " + added + " as " + role + nation.map(n -> " of " + n).orElse("") + ", cleared to " + clearance.name();
        }
    }

    record UserDisabled(String user, Optional<ClientAddress> address, Instant at, UserName disabled) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "UserDisabled";

        public UserDisabled { AuditCheck.common(user, address, at); Objects.requireNonNull(disabled, "disabled"); }

        @Override public String subject() { return "user:" + disabled; }

        @Override public String detail() { return user + " disabled " + disabled; }
    }

    /** A migration disabled an account whose role did not match its nation's kind; {@code user} is Concord itself. */
    record AccountUnbound(String user, Optional<ClientAddress> address, Instant at, UserName disabled, String reason) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "AccountUnbound";

        public AccountUnbound { AuditCheck.common(user, address, at); Objects.requireNonNull(disabled, "disabled"); Objects.requireNonNull(reason, "reason"); }

        @Override public String subject() { return "user:" + disabled; }

        @Override public String detail() { return user + " disabled " + disabled + ": " + reason; }
    }

    /** An administrator lifted every sign-in lock and count of an account. */
    record LoginUnlocked(String user, Optional<ClientAddress> address, Instant at, UserName unlocked) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "LoginUnlocked";

        public LoginUnlocked { AuditCheck.common(user, address, at); Objects.requireNonNull(unlocked, "unlocked"); }

        @Override public String subject() { return "user:" + unlocked; }

        @Override public String detail() { return user + " lifted the sign-in locks of " + unlocked; }
    }

    /**
     * A signed-in user asked for a record that is missing or hidden from them: the same event either way.
     *
     * @param what what was asked for, e.g. {@code item 'x' not found}
     */
    record RecordNotFound(String user, Optional<ClientAddress> address, Instant at, String what) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "RecordNotFound";

        public RecordNotFound { AuditCheck.common(user, address, at); Objects.requireNonNull(what, "what"); }

        @Override public String subject() { return "user:" + user; }

        @Override public String detail() { return user + " was answered: " + what; }
    }

    /** The anonymous refusals of one address in one window: counts by kind, the first and the last. */
    record AnonymousRefusals(String user, Optional<ClientAddress> address, Instant at, Instant windowStart, Instant windowEnd,
                             long unauthenticated, long notFound, long throttled, Instant first, Instant last) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "AnonymousRefusals";

        public AnonymousRefusals { AuditCheck.common(user, address, at); Objects.requireNonNull(windowStart, "windowStart"); }

        @Override public String subject() { return "address:" + address.map(ClientAddress::value).orElse("unknown"); }

        @Override public String detail() {
            return (unauthenticated + notFound + throttled) + " anonymous refusals from " + address.map(ClientAddress::value).orElse("unknown")
                    + " between " + first + " and " + last + " (401: " + unauthenticated + ", 404: " + notFound + ", throttled: " + throttled + ")";
        }
    }

    record UserEnabled(String user, Optional<ClientAddress> address, Instant at, UserName enabled) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "UserEnabled";

        public UserEnabled { AuditCheck.common(user, address, at); Objects.requireNonNull(enabled, "enabled"); }

        @Override public String subject() { return "user:" + enabled; }

        @Override public String detail() { return user + " enabled " + enabled; }
    }

    record PasswordChanged(String user, Optional<ClientAddress> address, Instant at, UserName owner) implements AuditEvent {
        /** The stable type name this event is journaled under. */
        public static final String TYPE = "PasswordChanged";

        public PasswordChanged { AuditCheck.common(user, address, at); Objects.requireNonNull(owner, "owner"); }

        @Override public String subject() { return "user:" + owner; }

        @Override public String detail() { return user + " changed the password of " + owner; }
    }
}
