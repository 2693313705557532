package org.concord.access.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Refuses logins for a while after failures (see {@link ThrottleRules}), so that passwords cannot be guessed online,
 * without letting a guesser lock the owner out: an account is locked at the guesser's address only (with back-off),
 * and from everywhere it is only slowed. Account names are counted whether or not they exist, so a refusal tells
 * nothing about which do. A success clears the account's counts but not the address's: otherwise one valid account
 * would let an attacker spray guesses at all the others from the same address. Time comes in as {@code now}.
 */
public final class LoginThrottle {
    private final LoginAttempts attempts;
    private final ThrottleRules rules;

    /** Both must not be null. */
    public LoginThrottle(LoginAttempts attempts, ThrottleRules rules) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Whether a login for {@code account} from {@code address} may be tried at {@code now}; when several counts refuse, the longest wait. */
    public ThrottleStatus check(Optional<UserName> account, ClientAddress address, Instant now) {
        return keys(account, address).stream()
                .flatMap(k -> attempts.find(k).flatMap(s -> s.lockLeftAt(now)).stream())
                .max(Duration::compareTo)
                .<ThrottleStatus>map(ThrottleStatus.Locked::new)
                .orElseGet(ThrottleStatus.Open::new);
    }

    /** Counts a failed login against the account at the address and everywhere (when it is a valid name), and against the address. */
    public void recordFailure(Optional<UserName> account, ClientAddress address, Instant now) {
        for (ThrottleKey key : keys(account, address))
            attempts.put(key, FailureStreak.after(attempts.find(key), now, rules.memory(), n -> rules.lockAfter(key, n)));
    }

    /** Clears the account's counts (everywhere and at this address) after a successful login. */
    public void recordSuccess(UserName account, ClientAddress address) {
        attempts.remove(new ThrottleKey.Account(account));
        attempts.remove(new ThrottleKey.AccountAtAddress(account, address));
    }

    /** Lifts a lock at once, e.g. when an administrator has checked with the locked-out user. */
    void unlock(ThrottleKey key) { attempts.remove(key); }

    /** Lifts every lock and count of {@code account}, at every address. @return how many counts were cleared */
    public int unlock(UserName account) { return attempts.removeAccount(account); }

    /**
     * Housekeeping: forgets the streaks that can no longer count at {@code now}: their last failure is longer ago than
     * any lock or memory lasts.
     *
     * @return how many were forgotten
     */
    int forgetIdle(Instant now) { return attempts.removeFailedBefore(now.minus(rules.horizon()).plusNanos(1)); }

    private static List<ThrottleKey> keys(Optional<UserName> account, ClientAddress address) {
        List<ThrottleKey> keys = new ArrayList<>(3);
        Objects.requireNonNull(address, "address");
        account.ifPresent(a -> {
            keys.add(new ThrottleKey.AccountAtAddress(a, address));
            keys.add(new ThrottleKey.Account(a));
        });
        keys.add(new ThrottleKey.Address(address));
        return keys;
    }
}
