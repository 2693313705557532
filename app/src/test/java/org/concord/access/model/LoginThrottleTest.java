package org.concord.access.model;

import org.concord.access.AccessFixtures;
import org.concord.access.AccessFixtures.InMemoryLoginAttempts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    private static final Instant T0 = AccessFixtures.NOW;
    private static final Optional<UserName> ANNA = Optional.of(UserName.of("anna.k"));
    private static final Optional<UserName> BORIS = Optional.of(UserName.of("boris"));
    private static final ClientAddress HOME = ClientAddress.of("192.0.2.10");
    private static final ClientAddress ELSEWHERE = ClientAddress.of("2001:db8::7");

    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final LoginThrottle throttle = new LoginThrottle(attempts, ThrottleRules.STANDARD);

    private void fail(Optional<UserName> account, ClientAddress from, int times, Instant at) {
        for (int i = 0; i < times; i++) throttle.recordFailure(account, from, at.plusSeconds(i));
    }

    @Test
    void four_failures_leave_the_account_open_and_the_fifth_locks_it_for_fifteen_minutes() {
        fail(ANNA, HOME, 4, T0);
        assertThat(throttle.check(ANNA, ELSEWHERE, T0.plusSeconds(4))).isEqualTo(new ThrottleStatus.Open());
        throttle.recordFailure(ANNA, HOME, T0.plusSeconds(4));
        assertThat(throttle.check(ANNA, ELSEWHERE, T0.plusSeconds(5))).isEqualTo(new ThrottleStatus.Locked(Duration.ofMinutes(15).minusSeconds(1)));
    }

    @Test
    void the_lock_ends_after_the_lock_period_and_the_count_starts_over() {
        fail(ANNA, HOME, 5, T0);
        Instant after = T0.plusSeconds(4).plus(Duration.ofMinutes(15));
        assertThat(throttle.check(ANNA, HOME, after)).isEqualTo(new ThrottleStatus.Open());
        throttle.recordFailure(ANNA, ELSEWHERE, after);
        assertThat(attempts.find(new ThrottleKey.Account(ANNA.orElseThrow())).orElseThrow().failures()).isEqualTo(1);
    }

    @Test
    void failures_further_apart_than_the_lock_period_do_not_add_up() {
        for (int i = 0; i < 10; i++) throttle.recordFailure(ANNA, HOME, T0.plus(Duration.ofMinutes(16L * i)));
        assertThat(throttle.check(ANNA, HOME, T0.plus(Duration.ofMinutes(16L * 9)))).isEqualTo(new ThrottleStatus.Open());
    }

    @Test
    void a_success_clears_the_account_but_not_the_address() {
        fail(ANNA, HOME, 4, T0);
        throttle.recordSuccess(ANNA.orElseThrow());
        throttle.recordFailure(ANNA, HOME, T0.plusSeconds(10));
        assertThat(throttle.check(ANNA, ELSEWHERE, T0.plusSeconds(11))).isEqualTo(new ThrottleStatus.Open());
        assertThat(throttle.check(BORIS, HOME, T0.plusSeconds(11))).isInstanceOf(ThrottleStatus.Locked.class);
    }

    @Test
    void five_failures_from_one_address_on_different_names_lock_the_address_for_every_name() {
        for (int i = 0; i < 5; i++) throttle.recordFailure(Optional.of(UserName.of("user" + i)), HOME, T0.plusSeconds(i));
        assertThat(throttle.check(ANNA, HOME, T0.plusSeconds(5))).isInstanceOf(ThrottleStatus.Locked.class);
        assertThat(throttle.check(ANNA, ELSEWHERE, T0.plusSeconds(5))).isEqualTo(new ThrottleStatus.Open());
    }

    @Test
    void a_name_that_is_not_a_user_name_counts_against_the_address_only() {
        fail(Optional.empty(), HOME, 5, T0);
        assertThat(attempts.size()).isEqualTo(1);
        assertThat(throttle.check(Optional.empty(), HOME, T0.plusSeconds(5))).isInstanceOf(ThrottleStatus.Locked.class);
    }

    @Test
    void when_account_and_address_are_both_locked_the_longer_wait_is_reported() {
        fail(ANNA, HOME, 5, T0);
        fail(BORIS, ELSEWHERE, 5, T0.plus(Duration.ofMinutes(5)));
        assertThat(throttle.check(BORIS, HOME, T0.plus(Duration.ofMinutes(10))))
                .isEqualTo(new ThrottleStatus.Locked(Duration.ofMinutes(10).plusSeconds(4)));
    }

    @Test
    void an_administrator_can_lift_a_lock_at_once() {
        fail(ANNA, HOME, 5, T0);
        throttle.unlock(new ThrottleKey.Account(ANNA.orElseThrow()));
        throttle.unlock(new ThrottleKey.Address(HOME));
        assertThat(throttle.check(ANNA, HOME, T0.plusSeconds(5))).isEqualTo(new ThrottleStatus.Open());
    }

    @Test
    void housekeeping_forgets_streaks_that_can_no_longer_count() {
        fail(ANNA, HOME, 5, T0);
        fail(BORIS, ELSEWHERE, 1, T0.plus(Duration.ofMinutes(10)));
        assertThat(throttle.forgetIdle(T0.plus(Duration.ofMinutes(20)))).isEqualTo(2);
        assertThat(attempts.size()).isEqualTo(2);
    }

    @Test
    void a_throttle_key_survives_its_text_form() {
        for (ThrottleKey key : new ThrottleKey[]{new ThrottleKey.Account(UserName.of("anna.k")), new ThrottleKey.Address(ELSEWHERE)})
            assertThat(ThrottleKey.parse(key.id())).isEqualTo(key);
        assertThat(new ThrottleKey.Address(ELSEWHERE).id()).isEqualTo("address:2001:db8::7");
    }

    @Test
    void limits_out_of_range_are_refused_with_their_value() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ThrottleRules(0, 5, Duration.ofMinutes(15)))
                .hasMessageContaining("accountLimit must be 1 to 1000, got 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ThrottleRules(5, 5, Duration.ZERO))
                .hasMessageContaining("lockPeriod must be 1 second to 1 day, got PT0S");
    }
}
