package org.concord.feeds;

import java.util.List;
import java.util.Optional;

/** The stored feed tokens. */
public interface FeedTokens {
    void insert(FeedToken token);

    Optional<FeedToken> byHash(String hash);

    Optional<FeedToken> byId(String id);

    /** The owner's tokens, newest first. */
    List<FeedToken> ofOwner(String owner);

    void revoke(String id);
}
