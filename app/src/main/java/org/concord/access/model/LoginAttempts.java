package org.concord.access.model;

import java.time.Instant;
import java.util.Optional;

/** The running failure streaks of accounts and addresses, stored; see {@link LoginThrottle}. */
public interface LoginAttempts {
    Optional<FailureStreak> find(ThrottleKey key);

    /** Sets the streak of {@code key}, replacing any. */
    void put(ThrottleKey key, FailureStreak streak);

    /** Forgets the streak of {@code key}, if any. */
    void remove(ThrottleKey key);

    /** Forgets every streak of {@code name}: its own and those of the name at each address. @return how many */
    int removeAccount(UserName name);

    /**
     * Housekeeping: forgets every streak whose last failure is before {@code cutoff}.
     *
     * @return how many streaks were forgotten
     */
    int removeFailedBefore(Instant cutoff);
}
