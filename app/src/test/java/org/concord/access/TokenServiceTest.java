package org.concord.access;

import org.concord.access.AccessFixtures.InMemoryApiTokens;
import org.concord.access.AccessFixtures.InMemoryUsers;
import org.concord.access.AccessFixtures.RecordedAudit;
import org.concord.access.model.ApiToken;
import org.concord.access.model.AuditEvent;
import org.concord.access.model.IssuedToken;
import org.concord.access.model.Policy;
import org.concord.access.model.TokenCheck;
import org.concord.access.model.UserName;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concord.access.AccessFixtures.NOW;

class TokenServiceTest {
    private static final UserName ANALYST = UserName.of("analyst");
    private final PasswordHasher hasher = AccessFixtures.cheapHasher();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryApiTokens tokens = new InMemoryApiTokens();
    private final RecordedAudit audit = new RecordedAudit();
    private final TokenService service = new TokenService(tokens, users, AccessFixtures.seededRandom(11),
            new AccessGuard(Policy.standard(), audit), audit);
    private Principal analyst;
    private Principal admin;
    private Principal reader;

    @BeforeEach
    void users() {
        users.put(AccessFixtures.user(hasher, "analyst", Role.ANALYST, Optional.empty()));
        users.put(AccessFixtures.user(hasher, "admin", Role.ADMIN, Optional.empty()));
        users.put(AccessFixtures.user(hasher, "reader", Role.READER, Optional.empty()));
        analyst = users.find(ANALYST).orElseThrow().principal();
        admin = users.find(UserName.of("admin")).orElseThrow().principal();
        reader = users.find(UserName.of("reader")).orElseThrow().principal();
    }

    @Test
    void an_issued_token_is_stored_only_as_its_hash_and_found_by_it() {
        IssuedToken issued = service.issue(analyst, ANALYST, Optional.of(30), Optional.empty(), NOW);
        assertThat(issued.secret().value()).matches("cnc_[A-Za-z0-9_-]{43}");
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.findByHash(issued.secret().hash())).contains(issued.token());
        assertThat(issued.token().toString()).doesNotContain(issued.secret().value());
        assertThat(service.authenticate(issued.secret().value(), NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(TokenCheck.Valid.class, v -> assertThat(v.user().name()).isEqualTo(ANALYST));
        assertThat(audit.last()).isEqualTo(new AuditEvent.TokenCreated("analyst", Optional.empty(), NOW, ANALYST, issued.token().hash(),
                Optional.of(NOW.plus(Duration.ofDays(30)))));
        assertThat(audit.last().detail()).doesNotContain(issued.secret().value());
    }

    @Test
    void a_token_stops_working_when_it_expires() {
        IssuedToken issued = service.issue(analyst, ANALYST, Optional.of(1), Optional.empty(), NOW);
        assertThat(service.authenticate(issued.secret().value(), NOW.plus(Duration.ofDays(1)).minusSeconds(1))).isInstanceOf(TokenCheck.Valid.class);
        assertThat(service.authenticate(issued.secret().value(), NOW.plus(Duration.ofDays(1))))
                .isInstanceOfSatisfying(TokenCheck.Rejected.class, r -> assertThat(r.reason()).contains("expired"));
    }

    @Test
    void a_token_without_expiry_works_until_revoked() {
        IssuedToken issued = service.issue(analyst, ANALYST, Optional.empty(), Optional.empty(), NOW);
        assertThat(service.authenticate(issued.secret().value(), NOW.plus(Duration.ofDays(5000)))).isInstanceOf(TokenCheck.Valid.class);
        ApiToken revoked = service.revoke(analyst, issued.token().hash(), Optional.empty(), NOW);
        assertThat(revoked.revoked()).isTrue();
        assertThat(service.authenticate(issued.secret().value(), NOW))
                .isInstanceOfSatisfying(TokenCheck.Rejected.class, r -> assertThat(r.reason()).contains("revoked"));
        assertThat(audit.last()).isInstanceOf(AuditEvent.TokenRevoked.class);
    }

    @Test
    void a_token_of_a_disabled_user_is_rejected() {
        IssuedToken issued = service.issue(analyst, ANALYST, Optional.empty(), Optional.empty(), NOW);
        users.put(users.find(ANALYST).orElseThrow().disabled());
        assertThat(service.authenticate(issued.secret().value(), NOW))
                .isEqualTo(new TokenCheck.Rejected("the owner analyst of token " + issued.token().hash().shortId() + " is disabled"));
    }

    @Test
    void an_unknown_or_malformed_token_is_rejected() {
        assertThat(service.authenticate("cnc_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8", NOW)).isEqualTo(new TokenCheck.Rejected("unknown token"));
        assertThat(service.authenticate("Basic YWxhZGRpbjpvcGVuc2VzYW1l", NOW)).isEqualTo(new TokenCheck.Rejected("not a Concord token"));
        assertThat(service.authenticate(null, NOW)).isEqualTo(new TokenCheck.Rejected("not a Concord token"));
    }

    @Test
    void an_administrator_may_issue_a_token_for_someone_else_but_a_reader_may_not() {
        assertThat(service.issue(admin, ANALYST, Optional.of(7), Optional.empty(), NOW).token().user()).isEqualTo(ANALYST);
        assertThatThrownBy(() -> service.issue(reader, ANALYST, Optional.of(7), Optional.empty(), NOW))
                .isInstanceOf(Forbidden.class).hasMessage("a READER may not MANAGE_USERS");
        assertThat(audit.last()).isInstanceOf(AuditEvent.AccessDenied.class);
    }

    @Test
    void someone_elses_token_cannot_be_revoked_or_even_confirmed_to_exist() {
        IssuedToken issued = service.issue(analyst, ANALYST, Optional.empty(), Optional.empty(), NOW);
        assertThatThrownBy(() -> service.revoke(reader, issued.token().hash(), Optional.empty(), NOW)).isInstanceOf(NotFound.class);
        assertThat(service.authenticate(issued.secret().value(), NOW)).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void a_validity_out_of_range_is_invalid_input() {
        assertThatThrownBy(() -> service.issue(analyst, ANALYST, Optional.of(4000), Optional.empty(), NOW))
                .isInstanceOf(InvalidInput.class).hasMessage("days: must be 1 to 3650, got 4000");
    }

    @Test
    void a_users_tokens_are_listed_newest_first() {
        service.issue(analyst, ANALYST, Optional.empty(), Optional.empty(), NOW);
        IssuedToken newer = service.issue(analyst, ANALYST, Optional.empty(), Optional.empty(), NOW.plusSeconds(1));
        assertThat(service.list(analyst, ANALYST, Optional.empty(), NOW)).hasSize(2).first().isEqualTo(newer.token());
    }
}
