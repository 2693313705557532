package org.concord.register.model;

import org.concord.shared.Iso3;

import java.util.List;
import java.util.Optional;

/** The partner countries and the partnership frameworks, stored. */
public interface Partners {
    List<Partner> all();

    Optional<Partner> find(Iso3 iso3);

    void put(Partner partner);

    List<Framework> frameworks();

    void putFramework(Framework framework);
}
