package org.concord.access;

import org.concord.access.AccessFixtures.InMemoryUsers;
import org.concord.access.AccessFixtures.RecordedAudit;
import org.concord.access.model.AuditEvent;
import org.concord.access.model.Marking;
import org.concord.access.model.MarkingLadder;
import org.concord.access.model.Password;
import org.concord.access.model.PasswordPolicy;
import org.concord.access.model.Policy;
import org.concord.access.model.User;
import org.concord.access.model.UserName;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.shared.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concord.access.AccessFixtures.GOOD_PASSWORD;
import static org.concord.access.AccessFixtures.NOW;

class UserAccountsTest {
    private static final Principal ADMIN = Principal.of("admin", Role.ADMIN);
    private static final Marking RESTRICTED = MarkingLadder.NATO.marking("NATO RESTRICTED");
    private final PasswordHasher hasher = AccessFixtures.cheapHasher();
    private final InMemoryUsers users = new InMemoryUsers();
    private final RecordedAudit audit = new RecordedAudit();
    private final UserAccounts accounts = new UserAccounts(users, hasher, PasswordPolicy.STANDARD, MarkingLadder.NATO,
            new AccessGuard(Policy.standard(), audit), audit);

    private User addDelegate() {
        return accounts.add(ADMIN, new NewUser(UserName.of("ukr.liaison"), Role.PARTNER, Optional.of(Iso3.of("UKR")), RESTRICTED, GOOD_PASSWORD),
                Optional.empty(), NOW);
    }

    @Test
    void an_administrator_adds_an_enabled_user_whose_password_verifies() {
        User added = addDelegate();
        assertThat(added.enabled()).isTrue();
        assertThat(hasher.matches(GOOD_PASSWORD, users.find(added.name()).orElseThrow().passwordHash())).isTrue();
        assertThat(audit.last()).isEqualTo(new AuditEvent.UserAdded("admin", Optional.empty(), NOW, added.name(), Role.PARTNER,
                Optional.of(Iso3.of("UKR")), RESTRICTED));
    }

    @Test
    void every_bad_field_of_a_new_user_is_reported_at_once() {
        Marking foreign = MarkingLadder.of(List.of("OPEN", "SECRET")).marking("SECRET");
        assertThatThrownBy(() -> accounts.add(ADMIN, new NewUser(UserName.of("x"), Role.DELEGATION, Optional.empty(), foreign, new Password("short")),
                Optional.empty(), NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("nation", "clearance", "password"));
        assertThat(users.all()).isEmpty();
    }

    @Test
    void a_taken_name_is_a_conflict() {
        addDelegate();
        assertThatThrownBy(this::addDelegate).isInstanceOf(Conflict.class).hasMessage("user 'ukr.liaison' already exists");
    }

    @Test
    void only_an_administrator_manages_users_and_a_refusal_is_audited() {
        Principal chair = Principal.of("chair", Role.CHAIR);
        assertThatThrownBy(() -> accounts.list(chair, Optional.empty(), NOW)).isInstanceOf(Forbidden.class);
        assertThat(audit.last()).isInstanceOfSatisfying(AuditEvent.AccessDenied.class, d -> assertThat(d.user()).isEqualTo("chair"));
    }

    @Test
    void a_disabled_user_is_kept_and_can_be_enabled_again() {
        User added = addDelegate();
        assertThat(accounts.disable(ADMIN, added.name(), Optional.empty(), NOW).enabled()).isFalse();
        assertThat(audit.last()).isInstanceOf(AuditEvent.UserDisabled.class);
        assertThat(accounts.enable(ADMIN, added.name(), Optional.empty(), NOW).enabled()).isTrue();
        assertThat(audit.last()).isInstanceOf(AuditEvent.UserEnabled.class);
    }

    @Test
    void an_administrator_cannot_disable_itself() {
        assertThatThrownBy(() -> accounts.disable(ADMIN, UserName.of("admin"), Optional.empty(), NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void a_user_sets_its_own_password_but_not_to_a_weak_one() {
        User added = addDelegate();
        Principal self = added.principal();
        Password next = new Password("a much longer passphrase for 2027");
        accounts.setPassword(self, added.name(), next, Optional.empty(), NOW);
        assertThat(hasher.matches(next, users.find(added.name()).orElseThrow().passwordHash())).isTrue();
        assertThatThrownBy(() -> accounts.setPassword(self, added.name(), new Password("zzzzzzzzzzzzzzzz"), Optional.empty(), NOW))
                .isInstanceOf(InvalidInput.class).hasMessage("password: the password repeats a single character");
        assertThatThrownBy(() -> accounts.setPassword(self, UserName.of("admin"), next, Optional.empty(), NOW)).isInstanceOf(Forbidden.class);
    }
}
