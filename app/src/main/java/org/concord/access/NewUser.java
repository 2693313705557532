package org.concord.access;

import org.concord.access.model.Marking;
import org.concord.access.model.Password;
import org.concord.access.model.UserName;
import org.concord.shared.Iso3;
import org.concord.shared.Role;

import java.util.Objects;
import java.util.Optional;

/**
 * A request to add a user. The role and nation rule is checked by {@link UserAccounts#add}, which reports it as input.
 *
 * @param name      must not be null
 * @param role      must not be null
 * @param nation    must not be null; present for DELEGATION and PARTNER only
 * @param clearance must not be null; a level of the configured ladder
 * @param password  the initial password, must not be null; must meet the password policy
 */
record NewUser(UserName name, Role role, Optional<Iso3> nation, Marking clearance, Password password) {
    public NewUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(password, "password");
    }
}
