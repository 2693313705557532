package org.concord.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting. Every application-service call carries one, so the journal and the access rules know the actor.
 *
 * @param user   the user name, must not be blank
 * @param role   the role, must not be null
 * @param nation  the nation a DELEGATION or PARTNER speaks for; empty for other roles
 * @param address the client address the act came from, where known (HTTP); the journal and the audit record it
 */
public record Principal(String user, Role role, Optional<Iso3> nation, Optional<String> address) {
    public Principal {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(address, "address");
        if (user == null || user.isBlank()) throw new IllegalArgumentException("user must not be blank");
        if ((role == Role.DELEGATION || role == Role.PARTNER) && nation.isEmpty())
            throw new IllegalArgumentException(English.withArticle(role) + " principal must be bound to a nation");
    }

    public Principal(String user, Role role, Optional<Iso3> nation) { this(user, role, nation, Optional.empty()); }

    /** The same principal acting from {@code clientAddress}. */
    public Principal from(String clientAddress) { return new Principal(user, role, nation, Optional.ofNullable(clientAddress)); }

    public static Principal system() { return new Principal("concord", Role.SYSTEM, Optional.empty()); }

    public static Principal of(String user, Role role) { return new Principal(user, role, Optional.empty()); }

    public static Principal delegation(String user, Iso3 nation) { return new Principal(user, Role.DELEGATION, Optional.of(nation)); }

    /** A short form for logs and the journal: {@code user (ROLE[, ISO3])[ from ADDRESS]}. */
    public String describe() {
        return user + " (" + role + nation.map(n -> ", " + n.code()).orElse("") + ")" + address.map(a -> " from " + a).orElse("");
    }
}
