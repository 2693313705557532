package org.concord.access.model;

import org.concord.shared.English;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who may sign in to Concord.
 *
 * @param name         the login name, must not be null
 * @param role         any role but {@link Role#SYSTEM}, which is Concord itself
 * @param nation       the member (DELEGATION) or partner (PARTNER) the user speaks for; must be empty for other roles
 * @param clearance    the highest marking the user may read, must not be null; must come from the configured ladder
 * @param enabled      whether the user may sign in; disabled users are kept for the journal
 * @param passwordHash the Argon2id hash of the password, must not be null
 * @param created      when the account was created, must not be null
 */
public record User(UserName name, Role role, Optional<Iso3> nation, Marking clearance, boolean enabled,
                   PasswordHash passwordHash, Instant created) {
    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(created, "created");
        checkNation(role, nation);
    }

    /**
     * Checks the role and nation rule alone, so that an input can be validated before a password is hashed.
     *
     * @throws IllegalArgumentException if the role is SYSTEM, or a DELEGATION or PARTNER has no nation, or another role has one
     */
    public static void checkNation(Role role, Optional<Iso3> nation) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nation, "nation");
        if (role == Role.SYSTEM) throw new IllegalArgumentException("role SYSTEM is Concord itself, not a user's role");
        boolean bound = role == Role.DELEGATION || role == Role.PARTNER;
        if (bound && nation.isEmpty()) throw new IllegalArgumentException(English.withArticle(role) + " user must be bound to a nation");
        if (!bound && nation.isPresent())
            throw new IllegalArgumentException(English.withArticle(role) + " user must not be bound to a nation, got " + nation.get());
    }

    /** Who this user is when acting. */
    public Principal principal() { return new Principal(name.value(), role, nation); }

    /** Who this user is when reading classified records. */
    Viewer viewer() { return new Viewer(principal(), clearance); }

    public User disabled() { return new User(name, role, nation, clearance, false, passwordHash, created); }

    public User reenabled() { return new User(name, role, nation, clearance, true, passwordHash, created); }

    public User withPasswordHash(PasswordHash hash) { return new User(name, role, nation, clearance, enabled, hash, created); }

    /** Leaves the password hash out, so that a logged user gives no material for offline guessing. */
    @Override public String toString() {
        return "User[" + name + ", " + role + nation.map(n -> " " + n).orElse("") + ", clearance " + clearance.name()
                + (enabled ? "" : ", disabled") + ", created " + created + "]";
    }
}
