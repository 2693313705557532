package org.concord.access;

import org.concord.access.AccessFixtures.InMemoryLoginAttempts;
import org.concord.access.AccessFixtures.InMemoryUsers;
import org.concord.access.AccessFixtures.RecordedAudit;
import org.concord.access.model.Argon2Params;
import org.concord.access.model.AuditEvent;
import org.concord.access.model.ClientAddress;
import org.concord.access.model.LoginResult;
import org.concord.access.model.LoginThrottle;
import org.concord.access.model.Password;
import org.concord.access.model.ThrottleRules;
import org.concord.access.model.User;
import org.concord.access.model.UserName;
import org.concord.shared.Iso3;
import org.concord.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.access.AccessFixtures.GOOD_PASSWORD;
import static org.concord.access.AccessFixtures.NOW;

class AuthenticatorTest {
    private static final Password WRONG = new Password("incorrect horse battery staple");
    private static final ClientAddress OFFICE = ClientAddress.of("192.0.2.10");
    private static final ClientAddress HOME = ClientAddress.of("198.51.100.4");

    private final PasswordHasher hasher = AccessFixtures.cheapHasher();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final RecordedAudit audit = new RecordedAudit();
    private final Authenticator authenticator =
            new Authenticator(users, new LoginThrottle(attempts, ThrottleRules.STANDARD), hasher, audit);

    @BeforeEach
    void users() {
        users.put(AccessFixtures.user(hasher, "fra.del", Role.DELEGATION, Optional.of(Iso3.of("FRA"))));
        users.put(AccessFixtures.user(hasher, "chair", Role.CHAIR, Optional.empty()));
    }

    private LoginResult login(String name, Password password, ClientAddress from, Instant at) {
        return authenticator.login(name, password, from, at);
    }

    @Test
    void the_right_name_and_password_sign_the_user_in_and_are_audited() {
        LoginResult result = login("fra.del", GOOD_PASSWORD, OFFICE, NOW);
        assertThat(result).isInstanceOfSatisfying(LoginResult.Authenticated.class,
                a -> assertThat(a.user().principal().nation()).contains(Iso3.of("FRA")));
        assertThat(audit.last()).isEqualTo(new AuditEvent.LoginSucceeded("fra.del", Optional.of(OFFICE), NOW));
    }

    @Test
    void an_unknown_name_and_a_wrong_password_get_the_same_answer_but_the_audit_tells_them_apart() {
        assertThat(login("fra.del", WRONG, OFFICE, NOW)).isEqualTo(LoginResult.Refused.WRONG_NAME_OR_PASSWORD);
        assertThat(audit.last()).isEqualTo(new AuditEvent.LoginFailed("fra.del", Optional.of(OFFICE), NOW, "wrong password"));
        assertThat(login("nobody", GOOD_PASSWORD, OFFICE, NOW)).isEqualTo(LoginResult.Refused.WRONG_NAME_OR_PASSWORD);
        assertThat(audit.last()).isEqualTo(new AuditEvent.LoginFailed("nobody", Optional.of(OFFICE), NOW, "unknown user"));
    }

    @Test
    void five_wrong_passwords_then_the_right_one_from_the_same_address_is_throttled_but_from_another_address_signs_in() {
        for (int i = 0; i < 5; i++) assertThat(login("fra.del", WRONG, OFFICE, NOW.plusSeconds(i))).isInstanceOf(LoginResult.Refused.class);
        LoginResult result = login("fra.del", GOOD_PASSWORD, OFFICE, NOW.plusSeconds(5));
        assertThat(result).isEqualTo(new LoginResult.Throttled(Duration.ofMinutes(1).minusSeconds(1)));
        assertThat(((LoginResult.Throttled) result).retryAfterSeconds()).isEqualTo(59);
        assertThat(audit.last()).isInstanceOf(AuditEvent.LoginThrottled.class);
        assertThat(login("fra.del", GOOD_PASSWORD, HOME, NOW.plusSeconds(5))).isInstanceOf(LoginResult.Authenticated.class);
    }

    @Test
    void after_the_lock_period_the_right_password_works_again() {
        for (int i = 0; i < 5; i++) login("fra.del", WRONG, OFFICE, NOW);
        assertThat(login("fra.del", GOOD_PASSWORD, OFFICE, NOW.plus(Duration.ofMinutes(1)).minusMillis(1))).isInstanceOf(LoginResult.Throttled.class);
        assertThat(login("fra.del", GOOD_PASSWORD, OFFICE, NOW.plus(Duration.ofMinutes(1)))).isInstanceOf(LoginResult.Authenticated.class);
    }

    @Test
    void twenty_failures_from_one_address_throttle_every_account_from_it_but_not_from_elsewhere() {
        for (int i = 0; i < 20; i++) login("name" + i, WRONG, OFFICE, NOW);
        assertThat(login("chair", GOOD_PASSWORD, OFFICE, NOW.plusSeconds(1))).isInstanceOf(LoginResult.Throttled.class);
        assertThat(login("chair", GOOD_PASSWORD, HOME, NOW.plusSeconds(1))).isInstanceOf(LoginResult.Authenticated.class);
    }

    @Test
    void a_success_resets_the_account_count() {
        for (int i = 0; i < 4; i++) login("fra.del", WRONG, ClientAddress.of("192.0.2." + i), NOW);
        assertThat(login("fra.del", GOOD_PASSWORD, HOME, NOW)).isInstanceOf(LoginResult.Authenticated.class);
        for (int i = 0; i < 4; i++) login("fra.del", WRONG, ClientAddress.of("203.0.113." + i), NOW);
        assertThat(login("fra.del", GOOD_PASSWORD, HOME, NOW)).isInstanceOf(LoginResult.Authenticated.class);
    }

    @Test
    void an_unknown_name_is_throttled_like_a_known_one_so_a_lock_reveals_nothing() {
        for (int i = 0; i < 5; i++) login("nobody", WRONG, HOME, NOW);
        assertThat(login("nobody", WRONG, HOME, NOW)).isInstanceOf(LoginResult.Throttled.class);
        for (int i = 0; i < 20; i++) login("nobody", WRONG, ClientAddress.of("192.0.2." + i), NOW);
        assertThat(login("nobody", WRONG, OFFICE, NOW)).isInstanceOf(LoginResult.Throttled.class);
    }

    @Test
    void a_disabled_user_is_told_so_only_with_the_right_password() {
        users.put(users.find(UserName.of("fra.del")).orElseThrow().disabled());
        assertThat(login("fra.del", WRONG, OFFICE, NOW)).isEqualTo(LoginResult.Refused.WRONG_NAME_OR_PASSWORD);
        assertThat(login("fra.del", GOOD_PASSWORD, OFFICE, NOW)).isEqualTo(new LoginResult.Disabled());
        assertThat(audit.last()).isEqualTo(new AuditEvent.LoginFailed("fra.del", Optional.of(OFFICE), NOW, "account disabled"));
    }

    @Test
    void a_name_that_cannot_be_a_user_name_is_refused_and_not_recorded_as_typed() {
        assertThat(login("Tr0ub4dor&3", WRONG, OFFICE, NOW)).isEqualTo(LoginResult.Refused.WRONG_NAME_OR_PASSWORD);
        assertThat(audit.last().user()).isEqualTo("(invalid name)");
        assertThat(audit.last().detail()).doesNotContain("Tr0ub4dor");
    }

    @Test
    void a_hash_made_with_old_parameters_is_replaced_at_the_next_login() {
        PasswordHasher stronger = new PasswordHasher(new Argon2Params(128, 1, 1), AccessFixtures.seededRandom(5));
        Authenticator upgraded = new Authenticator(users, new LoginThrottle(attempts, ThrottleRules.STANDARD), stronger, audit);
        assertThat(upgraded.login("chair", GOOD_PASSWORD, OFFICE, NOW)).isInstanceOf(LoginResult.Authenticated.class);
        User after = users.find(UserName.of("chair")).orElseThrow();
        assertThat(after.passwordHash().params()).isEqualTo(new Argon2Params(128, 1, 1));
        assertThat(stronger.matches(GOOD_PASSWORD, after.passwordHash())).isTrue();
    }

    @Test
    void no_audit_event_carries_the_password() {
        login("fra.del", WRONG, OFFICE, NOW);
        login("fra.del", GOOD_PASSWORD, OFFICE, NOW);
        assertThat(audit.events()).allSatisfy(e -> assertThat(e.toString() + e.detail()).doesNotContain("horse"));
    }
}
