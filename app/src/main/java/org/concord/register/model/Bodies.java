package org.concord.register.model;

import java.util.List;
import java.util.Optional;

/** The bodies of the organisation, stored. */
public interface Bodies {
    List<Body> all();

    Optional<Body> find(BodyId id);

    void put(Body body);
}
