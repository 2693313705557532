package org.concord.access.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Locks an account name, or a client address, after too many failed logins in a row, so that passwords cannot be
 * guessed online. Account names are counted whether or not they exist, so a lock tells nothing about which do.
 * A success clears the account's streak but not the address's: otherwise one valid account would let an attacker
 * spray guesses at all the others from the same address. Time comes in as {@code now}; nothing here reads a clock.
 */
public final class LoginThrottle {
    private final LoginAttempts attempts;
    private final ThrottleRules rules;

    /** Both must not be null. */
    public LoginThrottle(LoginAttempts attempts, ThrottleRules rules) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Whether a login for {@code account} from {@code address} may be tried at {@code now}; when both are locked, the longer wait. */
    public ThrottleStatus check(Optional<UserName> account, ClientAddress address, Instant now) {
        return keys(account, address).stream()
                .flatMap(k -> attempts.find(k).flatMap(s -> s.lockLeftAt(now)).stream())
                .max(Duration::compareTo)
                .<ThrottleStatus>map(ThrottleStatus.Locked::new)
                .orElseGet(ThrottleStatus.Open::new);
    }

    /** Counts a failed login against the account name (when it is a valid name) and the address. */
    public void recordFailure(Optional<UserName> account, ClientAddress address, Instant now) {
        for (ThrottleKey key : keys(account, address)) {
            int limit = switch (key) {
                case ThrottleKey.Account a -> rules.accountLimit();
                case ThrottleKey.Address a -> rules.addressLimit();
            };
            attempts.put(key, FailureStreak.after(attempts.find(key), now, limit, rules.lockPeriod()));
        }
    }

    /** Clears the account's streak after a successful login. */
    public void recordSuccess(UserName account) { attempts.remove(new ThrottleKey.Account(account)); }

    /** Lifts a lock at once, e.g. when an administrator has checked with the locked-out user. */
    public void unlock(ThrottleKey key) { attempts.remove(key); }

    /**
     * Housekeeping: forgets the streaks that can no longer count at {@code now}: their last failure is a lock period
     * ago, so a lock they set has ended and a new failure would start over.
     *
     * @return how many were forgotten
     */
    public int forgetIdle(Instant now) { return attempts.removeFailedBefore(now.minus(rules.lockPeriod()).plusNanos(1)); }

    private static List<ThrottleKey> keys(Optional<UserName> account, ClientAddress address) {
        List<ThrottleKey> keys = new ArrayList<>(2);
        account.ifPresent(a -> keys.add(new ThrottleKey.Account(a)));
        keys.add(new ThrottleKey.Address(Objects.requireNonNull(address, "address")));
        return keys;
    }
}
