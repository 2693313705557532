package org.concord.access.model;

import java.util.List;
import java.util.Optional;

/** The bearer tokens, stored by hash. */
public interface ApiTokens {
    Optional<ApiToken> findByHash(TokenHash hash);

    /** Every token of {@code user}, revoked and expired ones too, newest first. */
    List<ApiToken> ofUser(UserName user);

    /** The tokens whose hash starts with {@code hexPrefix} (lower-case hex), at most {@code max}. */
    List<ApiToken> withPrefix(String hexPrefix, int max);

    /** Adds the token, or replaces the one with the same hash. */
    void put(ApiToken token);
}
