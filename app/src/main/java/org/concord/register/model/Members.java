package org.concord.register.model;

import org.concord.shared.Iso3;

import java.util.List;
import java.util.Optional;

/** The member states, stored. */
public interface Members {
    /** All members ever, in accession order, then by code. */
    List<Member> all();

    Optional<Member> find(Iso3 iso3);

    /** Whether no member is stored (cheaper than reading them all). */
    default boolean none() { return all().isEmpty(); }

    /** Adds or replaces the member with this code. */
    void put(Member member);
}
