package org.concord.access.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When failed logins are refused for a while, and for how long. Three counts run side by side:
 * <ul>
 *   <li>an account at one address: after {@code pairLimit} failures in a row, each further failure locks that pair
 *       with back-off ({@code pairBackoff}, doubling, at most {@code pairMaxLock}); other addresses are not affected,
 *       so a guesser cannot lock the owner out;</li>
 *   <li>an address: after {@code addressLimit} failures on any names it is locked for {@code addressLock} (password
 *       spraying);</li>
 *   <li>an account from everywhere: after {@code accountLimit} failures, each further failure holds the account for
 *       {@code accountSlowdown} only: it slows guessing from many addresses but never locks the owner out.</li>
 * </ul>
 * A count is forgotten {@code memory} after its last failure.
 *
 * @param pairLimit       1 to 1000
 * @param pairBackoff     the first lock of a pair, 1 second to 1 day
 * @param pairMaxLock     the longest lock of a pair, at least {@code pairBackoff}, at most 1 day
 * @param addressLimit    1 to 1000
 * @param addressLock     1 second to 1 day
 * @param accountLimit    1 to 100000
 * @param accountSlowdown 1 second to 1 minute
 * @param memory          1 second to 1 day
 */
public record ThrottleRules(int pairLimit, Duration pairBackoff, Duration pairMaxLock, int addressLimit, Duration addressLock,
                            int accountLimit, Duration accountSlowdown, Duration memory) {
    /**
     * 5 failures from one address on one account lock that pair for 1 minute, doubling with each further failure up to
     * 1 hour; 20 failures from one address lock it for 15 minutes; 20 failures on one account from anywhere hold it
     * for 2 seconds after each further failure; counts are forgotten after an hour without failures.
     */
    public static final ThrottleRules STANDARD = new ThrottleRules(5, Duration.ofMinutes(1), Duration.ofHours(1), 20,
            Duration.ofMinutes(15), 20, Duration.ofSeconds(2), Duration.ofHours(1));

    public ThrottleRules {
        limit("pairLimit", pairLimit, 1000);
        limit("addressLimit", addressLimit, 1000);
        limit("accountLimit", accountLimit, 100_000);
        period("pairBackoff", pairBackoff, Duration.ofDays(1));
        period("pairMaxLock", pairMaxLock, Duration.ofDays(1));
        if (pairMaxLock.compareTo(pairBackoff) < 0)
            throw new IllegalArgumentException("pairMaxLock " + pairMaxLock + " must not be shorter than pairBackoff " + pairBackoff);
        period("addressLock", addressLock, Duration.ofDays(1));
        period("accountSlowdown", accountSlowdown, Duration.ofMinutes(1));
        period("memory", memory, Duration.ofDays(1));
    }

    private static void limit(String name, int value, int max) {
        if (value < 1 || value > max) throw new IllegalArgumentException(name + " must be 1 to " + max + ", got " + value);
    }

    private static void period(String name, Duration value, Duration max) {
        Objects.requireNonNull(value, name);
        if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(max) > 0)
            throw new IllegalArgumentException(name + " must be 1 second to " + max + ", got " + value);
    }

    /** How long the {@code failures}-th failure in a row locks what it counts against; empty while under the limit. */
    Optional<Duration> lockAfter(ThrottleKey key, int failures) {
        return switch (key) {
            case ThrottleKey.AccountAtAddress p -> failures < pairLimit ? Optional.empty()
                    : Optional.of(backoff(failures - pairLimit));
            case ThrottleKey.Address a -> failures < addressLimit ? Optional.empty() : Optional.of(addressLock);
            case ThrottleKey.Account a -> failures < accountLimit ? Optional.empty() : Optional.of(accountSlowdown);
        };
    }

    private Duration backoff(int doublings) {
        Duration d = pairBackoff;
        for (int i = 0; i < doublings && d.compareTo(pairMaxLock) < 0; i++) d = d.multipliedBy(2);
        return d.compareTo(pairMaxLock) > 0 ? pairMaxLock : d;
    }

    /** The longest any count or lock can matter: what housekeeping may forget after. */
    Duration horizon() {
        Duration h = memory;
        for (Duration d : new Duration[]{pairMaxLock, addressLock}) if (d.compareTo(h) > 0) h = d;
        return h;
    }
}
