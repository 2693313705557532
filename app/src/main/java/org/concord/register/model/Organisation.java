package org.concord.register.model;

import java.util.List;
import java.util.Objects;

/**
 * The consensus body this register describes, and the procedure configuration it runs under.
 *
 * @param procedure the name of a procedure configuration, one of {@link #PROCEDURES}
 */
public record Organisation(String id, String name, String procedure, BodyId defaultBody) {
    /** The procedure configurations the consensus procedure knows: a misspelt name must not fall back to NATO's. */
    public static final List<String> PROCEDURES = List.of("NATO", "OSCE", "EU_UNANIMITY");

    public Organisation {
        Slug.check("organisation id", id);
        Mission.requireText("name", name);
        if (!PROCEDURES.contains(procedure)) throw new IllegalArgumentException("procedure '" + procedure + "' is not one of " + PROCEDURES);
        Objects.requireNonNull(defaultBody, "defaultBody");
    }
}
