package org.concord.access;

import org.concord.access.model.Action;
import org.concord.access.model.ActionKind;
import org.concord.access.model.ApiToken;
import org.concord.access.model.ApiTokens;
import org.concord.access.model.AuditEvent;
import org.concord.access.model.AuditEvents;
import org.concord.access.model.Decision;
import org.concord.access.model.ClientAddress;
import org.concord.access.model.IssuedToken;
import org.concord.access.model.TokenCheck;
import org.concord.access.model.TokenHash;
import org.concord.access.model.TokenSecret;
import org.concord.access.model.User;
import org.concord.access.model.UserName;
import org.concord.access.model.Users;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bearer tokens for scripts and the API: issued to a user, stored as a SHA-256 hash, checked on each request,
 * revoked by their owner or an administrator. Cheap to build: make one per transaction.
 */
final class TokenService {
    private final ApiTokens tokens;
    private final Users users;
    private final SecureRandom random;
    private final AccessGuard guard;
    private final AuditEvents audit;

    /** None may be null; {@code random} must be a cryptographically strong generator, shared. */
    TokenService(ApiTokens tokens, Users users, SecureRandom random, AccessGuard guard, AuditEvents audit) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.users = Objects.requireNonNull(users, "users");
        this.random = Objects.requireNonNull(random, "random");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Issues a token to {@code owner}. The plaintext is in the result and nowhere else: hand it over once.
     *
     * @param by        the owner (MANAGE_OWN_CREDENTIALS) or an administrator (MANAGE_USERS)
     * @param validDays 1 to {@value ApiToken#MAX_DAYS}; empty for a token that does not expire
     * @throws org.concord.shared.Forbidden if {@code by} may not
     * @throws NotFound if there is no such user, or it is disabled
     * @throws InvalidInput if {@code validDays} is out of range
     */
    public IssuedToken issue(Principal by, UserName owner, Optional<Integer> validDays, Optional<ClientAddress> from, Instant now) {
        guard.require(by, credentialsOf(by, owner), from, now);
        users.find(owner).filter(User::enabled).orElseThrow(() -> new NotFound("user", owner));
        validDays.ifPresent(d -> {
            if (d < 1 || d > ApiToken.MAX_DAYS) throw new InvalidInput("days", "must be 1 to " + ApiToken.MAX_DAYS + ", got " + d);
        });
        TokenSecret secret = TokenSecret.generate(random);
        TokenHash hash = secret.hash();
        if (tokens.findByHash(hash).isPresent()) throw new IllegalStateException("SHA-256 collision between random tokens: the random source is broken");
        ApiToken token = ApiToken.issued(hash, owner, now, validDays);
        tokens.put(token);
        audit.append(new AuditEvent.TokenCreated(by.user(), from, now, owner, hash, token.expires()));
        return new IssuedToken(secret, token);
    }

    /**
     * Checks a presented token (the text after {@code Bearer }). Nothing is written: auditing every request is the
     * caller's choice. The client must get the same 401 whatever the rejection's reason.
     */
    TokenCheck authenticate(String presented, Instant now) {
        Optional<TokenSecret> secret = TokenSecret.parse(presented);
        if (secret.isEmpty()) return new TokenCheck.Rejected("not a Concord token");
        Optional<ApiToken> stored = tokens.findByHash(secret.get().hash());
        if (stored.isEmpty()) return new TokenCheck.Rejected("unknown token");
        ApiToken token = stored.get();
        if (token.revoked()) return new TokenCheck.Rejected("token " + token.hash().shortId() + " was revoked");
        if (token.expiredAt(now)) return new TokenCheck.Rejected("token " + token.hash().shortId() + " expired at " + token.expires().orElseThrow());
        Optional<User> user = users.find(token.user());
        if (user.isEmpty()) return new TokenCheck.Rejected("the owner " + token.user() + " of token " + token.hash().shortId() + " is gone");
        if (!user.get().enabled()) return new TokenCheck.Rejected("the owner " + token.user() + " of token " + token.hash().shortId() + " is disabled");
        return new TokenCheck.Valid(user.get(), token);
    }

    /**
     * Revokes a token; revoking it again changes nothing.
     *
     * @throws NotFound if there is no such token, or {@code by} may not manage its owner's tokens (so as not to disclose it)
     */
    ApiToken revoke(Principal by, TokenHash hash, Optional<ClientAddress> from, Instant now) {
        ApiToken token = tokens.findByHash(hash).orElseThrow(() -> new NotFound("token", hash.shortId()));
        if (!mayManage(by, token.user())) throw new NotFound("token", hash.shortId());
        if (token.revoked()) return token;
        ApiToken revoked = token.revoke();
        tokens.put(revoked);
        audit.append(new AuditEvent.TokenRevoked(by.user(), from, now, token.user(), hash));
        return revoked;
    }

    /**
     * The tokens of {@code owner}, newest first.
     *
     * @throws org.concord.shared.Forbidden if {@code by} is neither the owner nor an administrator (checked first, so
     *                                      that only an administrator learns whether a name exists)
     * @throws NotFound if there is no such user (a disabled one is listed)
     */
    List<ApiToken> list(Principal by, UserName owner, Optional<ClientAddress> from, Instant now) {
        guard.require(by, credentialsOf(by, owner), from, now);
        if (users.find(owner).isEmpty()) throw new NotFound("user", owner);
        return tokens.ofUser(owner);
    }

    private boolean mayManage(Principal by, UserName owner) {
        return guard.policy().decide(by, credentialsOf(by, owner)) instanceof Decision.Allow;
    }

    /** Managing one's own credentials is MANAGE_OWN_CREDENTIALS; anyone else's, MANAGE_USERS. */
    static Action credentialsOf(Principal by, UserName owner) {
        return Action.of(by.user().equals(owner.value()) ? ActionKind.MANAGE_OWN_CREDENTIALS : ActionKind.MANAGE_USERS);
    }
}
