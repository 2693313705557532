package org.concord.access;

import org.concord.access.model.Action;
import org.concord.access.model.ActionKind;
import org.concord.access.model.AuditEvent;
import org.concord.access.model.AuditEvents;
import org.concord.access.model.ClientAddress;
import org.concord.access.model.MarkingLadder;
import org.concord.access.model.Password;
import org.concord.access.model.PasswordCheck;
import org.concord.access.model.PasswordPolicy;
import org.concord.access.model.User;
import org.concord.access.model.UserName;
import org.concord.access.model.Users;
import org.concord.shared.Conflict;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Violations;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Adding, disabling and enabling users and setting passwords. Cheap to build: make one per transaction.
 * Checking that a DELEGATION's nation is a member and a PARTNER's a partner is the register's business: the caller
 * does it before {@link #add}.
 */
final class UserAccounts {
    private final Users users;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final MarkingLadder ladder;
    private final AccessGuard guard;
    private final AuditEvents audit;

    /** None may be null. */
    UserAccounts(Users users, PasswordHasher hasher, PasswordPolicy passwords, MarkingLadder ladder, AccessGuard guard, AuditEvents audit) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Adds an enabled user.
     *
     * @throws org.concord.shared.Forbidden unless {@code by} may MANAGE_USERS
     * @throws InvalidInput listing every bad field: nation against role, a clearance off the ladder, a weak password
     * @throws Conflict if the name is taken
     */
    User add(Principal by, NewUser request, Optional<ClientAddress> from, Instant now) {
        guard.require(by, Action.of(ActionKind.MANAGE_USERS), from, now);
        Violations violations = new Violations();
        violations.parse("nation", () -> { User.checkNation(request.role(), request.nation()); return request.nation(); });
        if (!ladder.contains(request.clearance()))
            violations.add("clearance", "'" + request.clearance().name() + "' is not a level of " + ladder);
        if (passwords.check(request.password(), request.name()) instanceof PasswordCheck.Rejected weak) violations.add("password", weak.reason());
        violations.throwIfAny();
        if (users.find(request.name()).isPresent()) throw new Conflict("user '" + request.name() + "' already exists");
        User user = new User(request.name(), request.role(), request.nation(), request.clearance(), true, hasher.hash(request.password()), now);
        users.put(user);
        audit.append(new AuditEvent.UserAdded(by.user(), from, now, user.name(), user.role(), user.nation(), user.clearance()));
        return user;
    }

    /**
     * Disables a user: it can no longer sign in, and its tokens stop working. It stays stored for the journal.
     *
     * @throws Conflict if {@code by} tries to disable itself (so the last administrator cannot lock everyone out)
     */
    User disable(Principal by, UserName name, Optional<ClientAddress> from, Instant now) {
        guard.require(by, Action.of(ActionKind.MANAGE_USERS), from, now);
        if (by.user().equals(name.value())) throw new Conflict("you cannot disable your own account");
        User user = existing(name);
        if (!user.enabled()) return user;
        User disabled = user.disabled();
        users.put(disabled);
        audit.append(new AuditEvent.UserDisabled(by.user(), from, now, name));
        return disabled;
    }

    User enable(Principal by, UserName name, Optional<ClientAddress> from, Instant now) {
        guard.require(by, Action.of(ActionKind.MANAGE_USERS), from, now);
        User user = existing(name);
        if (user.enabled()) return user;
        User enabled = user.reenabled();
        users.put(enabled);
        audit.append(new AuditEvent.UserEnabled(by.user(), from, now, name));
        return enabled;
    }

    /**
     * Sets the password of {@code owner}. When {@code by} is the owner, the edge must first confirm the current password
     * with {@link Authenticator#login} (which is throttled), so that a stolen session cannot take over the account.
     *
     * @throws InvalidInput if the new password breaks the password policy
     */
    User setPassword(Principal by, UserName owner, Password next, Optional<ClientAddress> from, Instant now) {
        guard.require(by, TokenService.credentialsOf(by, owner), from, now);
        User user = existing(owner);
        if (passwords.check(next, owner) instanceof PasswordCheck.Rejected weak) throw new InvalidInput("password", weak.reason());
        User changed = user.withPasswordHash(hasher.hash(next));
        users.put(changed);
        audit.append(new AuditEvent.PasswordChanged(by.user(), from, now, owner));
        return changed;
    }

    /** Every user, by name. */
    List<User> list(Principal by, Optional<ClientAddress> from, Instant now) {
        guard.require(by, Action.of(ActionKind.MANAGE_USERS), from, now);
        return users.all();
    }

    private User existing(UserName name) { return users.find(name).orElseThrow(() -> new NotFound("user", name)); }
}
