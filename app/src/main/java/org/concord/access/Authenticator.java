package org.concord.access;

import org.concord.access.model.AuditEvent;
import org.concord.access.model.AuditEvents;
import org.concord.access.model.ClientAddress;
import org.concord.access.model.LoginResult;
import org.concord.access.model.LoginThrottle;
import org.concord.access.model.Password;
import org.concord.access.model.ThrottleStatus;
import org.concord.access.model.User;
import org.concord.access.model.UserName;
import org.concord.access.model.Users;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs users in with name and password. Cheap to build: make one per transaction, over repositories bound to it, so
 * that the throttle's counters, a rehashed password and the audit events are written together.
 */
final class Authenticator {
    private final Users users;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final AuditEvents audit;

    /** None may be null. */
    Authenticator(Users users, LoginThrottle throttle, PasswordHasher hasher, AuditEvents audit) {
        this.users = Objects.requireNonNull(users, "users");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Checks a login. A locked name or address is refused before the password is looked at. An unknown name costs the
     * same hashing time as a wrong password and gets the same answer. A disabled account is reported only to someone
     * who gave its password. A hash made with old parameters is replaced on success.
     *
     * @param name     the name as typed, may be anything (it is validated here)
     * @param password the password as typed, must not be null
     * @param address  where the request came from, must not be null
     * @param now      the current instant, must not be null
     */
    LoginResult login(String name, Password password, ClientAddress address, Instant now) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(now, "now");
        Optional<UserName> account = UserName.parse(name);
        String shown = AuditEvent.loginName(name);
        Optional<ClientAddress> from = Optional.of(address);

        if (throttle.check(account, address, now) instanceof ThrottleStatus.Locked locked) {
            audit.append(new AuditEvent.LoginThrottled(shown, from, now, locked.retryAfter()));
            return new LoginResult.Throttled(locked.retryAfter());
        }
        Optional<User> found = account.flatMap(users::find);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return failed(account, shown, address, now, "unknown user");
        }
        User user = found.get();
        if (!hasher.matches(password, user.passwordHash())) return failed(account, shown, address, now, "wrong password");
        if (!user.enabled()) {
            audit.append(new AuditEvent.LoginFailed(shown, from, now, "account disabled"));
            return new LoginResult.Disabled();
        }
        throttle.recordSuccess(user.name(), address);
        if (hasher.needsRehash(user.passwordHash())) {
            user = user.withPasswordHash(hasher.hash(password));
            users.put(user);
        }
        audit.append(new AuditEvent.LoginSucceeded(shown, from, now));
        return new LoginResult.Authenticated(user);
    }

    private LoginResult failed(Optional<UserName> account, String shown, ClientAddress address, Instant now, String reason) {
        throttle.recordFailure(account, address, now);
        audit.append(new AuditEvent.LoginFailed(shown, Optional.of(address), now, reason));
        return LoginResult.Refused.WRONG_NAME_OR_PASSWORD;
    }
}
