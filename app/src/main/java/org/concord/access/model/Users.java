package org.concord.access.model;

import java.util.List;
import java.util.Optional;

/** The user accounts, stored. */
public interface Users {
    Optional<User> find(UserName name);

    /** Every user, enabled or not, by name. */
    List<User> all();

    /** Adds the user, or replaces the one with the same name. */
    void put(User user);
}
