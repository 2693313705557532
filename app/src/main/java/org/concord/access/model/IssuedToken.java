package org.concord.access.model;

import java.util.Objects;

/**
 * A token just issued: the plaintext, to hand to its owner once, and what was stored.
 *
 * @param secret the plaintext; it is not stored anywhere and cannot be shown again
 * @param token  the stored token, whose hash is the secret's
 */
public record IssuedToken(TokenSecret secret, ApiToken token) {
    public IssuedToken {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(token, "token");
        if (!secret.hash().equals(token.hash())) throw new IllegalArgumentException("the token " + token.hash().shortId() + " is not the secret's");
    }
}
