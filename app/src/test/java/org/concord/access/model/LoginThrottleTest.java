package org.concord.access.model;

import org.concord.access.AccessFixtures;
import org.concord.access.AccessFixtures.InMemoryLoginAttempts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void four_failures_leave_the_account_open_and_the_fifth_locks_it_at_that_address_for_a_minute() {
        fail(ANNA, HOME, 4, T0);
        assertThat(throttle.check(ANNA, HOME, T0.plusSeconds(4))).isEqualTo(new ThrottleStatus.Open());
        throttle.recordFailure(ANNA, HOME, T0.plusSeconds(4));
        assertThat(throttle.check(ANNA, HOME, T0.plusSeconds(5))).isEqualTo(new ThrottleStatus.Locked(Duration.ofMinutes(1).minusSeconds(1)));
    }

    @Test
    void five_wrong_passwords_from_one_address_do_not_lock_the_account_out_from_any_other_address() {
        fail(ANNA, HOME, 5, T0);
        assertThat(throttle.check(ANNA, ELSEWHERE, T0.plusSeconds(5))).isEqualTo(new ThrottleStatus.Open());
        assertThat(throttle.check(BORIS, HOME, T0.plusSeconds(5))).isEqualTo(new ThrottleStatus.Open());
    }

    @Test
    void each_further_failure_at_the_locked_address_doubles_the_lock_up_to_an_hour() {
        fail(ANNA, HOME, 5, T0);
        Instant t = T0.plusSeconds(4);
        for (long minutes : new long[]{2, 4, 8, 16, 32, 60, 60}) {
            t = t.plus(Duration.ofMinutes(1));
            throttle.recordFailure(ANNA, HOME, t);
            assertThat(throttle.check(ANNA, HOME, t)).isEqualTo(new ThrottleStatus.Locked(Duration.ofMinutes(minutes)));
        }
    }

    @Test
    void failures_further_apart_than_an_hour_do_not_add_up() {
        for (int i = 0; i < 10; i++) throttle.recordFailure(ANNA, HOME, T0.plus(Duration.ofMinutes(61L * i)));
        assertThat(throttle.check(ANNA, HOME, T0.plus(Duration.ofMinutes(61L * 9)))).isEqualTo(new ThrottleStatus.Open());
    }

    @Test
    void failures_from_many_addresses_slow_the_account_for_two_seconds_but_never_lock_it() {
        for (int i = 0; i < 20; i++) throttle.recordFailure(ANNA, ClientAddress.of("198.51.100." + i), T0.plusSeconds(i));
        Instant last = T0.plusSeconds(19);
        assertThat(throttle.check(ANNA, ELSEWHERE, last)).isEqualTo(new ThrottleStatus.Locked(Duration.ofSeconds(2)));
        assertThat(throttle.check(ANNA, ELSEWHERE, last.plusSeconds(2))).isEqualTo(new ThrottleStatus.Open());
        for (int i = 20; i < 200; i++) throttle.recordFailure(ANNA, ClientAddress.of("203.0.113." + (i % 250)), last.plusSeconds(i));
        assertThat(throttle.check(ANNA, ELSEWHERE, last.plusSeconds(199 + 2))).isEqualTo(new ThrottleStatus.Open());
    }

    @Test
    void a_success_clears_the_account_but_not_the_address() {
        fail(ANNA, HOME, 4, T0);
        throttle.recordSuccess(ANNA.orElseThrow(), HOME);
        throttle.recordFailure(ANNA, HOME, T0.plusSeconds(10));
        assertThat(throttle.check(ANNA, HOME, T0.plusSeconds(11))).isEqualTo(new ThrottleStatus.Open());
        assertThat(attempts.find(new ThrottleKey.Address(HOME)).orElseThrow().failures()).isEqualTo(5);
    }

    @Test
    void twenty_failures_from_one_address_on_different_names_lock_the_address_for_every_name() {
        for (int i = 0; i < 20; i++) throttle.recordFailure(Optional.of(UserName.of("user" + i)), HOME, T0.plusSeconds(i));
        assertThat(throttle.check(ANNA, HOME, T0.plusSeconds(20))).isInstanceOf(ThrottleStatus.Locked.class);
        assertThat(throttle.check(ANNA, ELSEWHERE, T0.plusSeconds(20))).isEqualTo(new ThrottleStatus.Open());
    }

    @Test
    void a_name_that_is_not_a_user_name_counts_against_the_address_only() {
        fail(Optional.empty(), HOME, 20, T0);
        assertThat(attempts.size()).isEqualTo(1);
        assertThat(throttle.check(Optional.empty(), HOME, T0.plusSeconds(20))).isInstanceOf(ThrottleStatus.Locked.class);
    }

    @Test
    void when_several_counts_refuse_the_longest_wait_is_reported() {
        fail(Optional.empty(), HOME, 20, T0);
        fail(BORIS, HOME, 5, T0.plus(Duration.ofMinutes(20)));
        assertThat(throttle.check(BORIS, HOME, T0.plus(Duration.ofMinutes(20)).plusSeconds(4)))
                .isEqualTo(new ThrottleStatus.Locked(Duration.ofMinutes(15)));
    }

    @Test
    void an_administrator_lifts_every_lock_of_an_account_at_once_and_leaves_others_alone() {
        fail(ANNA, HOME, 5, T0);
        fail(ANNA, ELSEWHERE, 5, T0);
        fail(BORIS, ELSEWHERE, 5, T0);
        assertThat(throttle.unlock(ANNA.orElseThrow())).isEqualTo(3);
        assertThat(throttle.check(ANNA, HOME, T0.plusSeconds(5))).isEqualTo(new ThrottleStatus.Open());
        assertThat(throttle.check(BORIS, ELSEWHERE, T0.plusSeconds(5))).isInstanceOf(ThrottleStatus.Locked.class);
    }

    @Test
    void housekeeping_forgets_streaks_that_can_no_longer_count() {
        fail(ANNA, HOME, 5, T0);
        fail(BORIS, ELSEWHERE, 1, T0.plus(Duration.ofMinutes(30)));
        assertThat(throttle.forgetIdle(T0.plus(Duration.ofMinutes(70)))).isEqualTo(3);
        assertThat(attempts.size()).isEqualTo(3);
    }

    @Test
    void a_throttle_key_survives_its_text_form() {
        for (ThrottleKey key : new ThrottleKey[]{new ThrottleKey.Account(UserName.of("anna.k")), new ThrottleKey.Address(ELSEWHERE),
                new ThrottleKey.AccountAtAddress(UserName.of("anna.k"), ELSEWHERE)})
            assertThat(ThrottleKey.parse(key.id())).isEqualTo(key);
        assertThat(new ThrottleKey.Address(ELSEWHERE).id()).isEqualTo("address:2001:db8::7");
        assertThat(new ThrottleKey.AccountAtAddress(UserName.of("anna.k"), HOME).id()).isEqualTo("pair:anna.k@192.0.2.10");
    }

    @Test
    void limits_out_of_range_are_refused_with_their_value() {
        var s = ThrottleRules.STANDARD;
        assertThatThrownBy(() -> new ThrottleRules(0, s.pairBackoff(), s.pairMaxLock(), 20, s.addressLock(), 20, s.accountSlowdown(), s.memory()))
                .hasMessageContaining("pairLimit must be 1 to 1000, got 0");
        assertThatThrownBy(() -> new ThrottleRules(5, Duration.ZERO, s.pairMaxLock(), 20, s.addressLock(), 20, s.accountSlowdown(), s.memory()))
                .hasMessageContaining("pairBackoff must be 1 second to PT24H, got PT0S");
        assertThatThrownBy(() -> new ThrottleRules(5, s.pairBackoff(), s.pairMaxLock(), 20, s.addressLock(), 20, Duration.ofMinutes(2), s.memory()))
                .hasMessageContaining("accountSlowdown must be 1 second to PT1M");
    }
}
