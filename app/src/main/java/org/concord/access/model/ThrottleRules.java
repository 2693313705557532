package org.concord.access.model;

import java.time.Duration;
import java.util.Objects;

/**
 * When failed logins lock an account or an address, and for how long.
 *
 * @param accountLimit failures in a row that lock an account name, 1 to 1000
 * @param addressLimit failures in a row that lock a client address, 1 to 1000
 * @param lockPeriod   how long a lock lasts, and how long a streak survives without a new failure; 1 second to 1 day
 */
public record ThrottleRules(int accountLimit, int addressLimit, Duration lockPeriod) {
    /** 5 failures lock an account or an address for 15 minutes. */
    public static final ThrottleRules STANDARD = new ThrottleRules(5, 5, Duration.ofMinutes(15));

    public ThrottleRules {
        if (accountLimit < 1 || accountLimit > 1000) throw new IllegalArgumentException("accountLimit must be 1 to 1000, got " + accountLimit);
        if (addressLimit < 1 || addressLimit > 1000) throw new IllegalArgumentException("addressLimit must be 1 to 1000, got " + addressLimit);
        Objects.requireNonNull(lockPeriod, "lockPeriod");
        if (lockPeriod.compareTo(Duration.ofSeconds(1)) < 0 || lockPeriod.compareTo(Duration.ofDays(1)) > 0)
            throw new IllegalArgumentException("lockPeriod must be 1 second to 1 day, got " + lockPeriod);
    }
}
