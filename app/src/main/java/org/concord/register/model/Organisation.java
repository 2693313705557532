package org.concord.register.model;

import java.util.Objects;

/**
 * The consensus body this register describes, and the procedure configuration it runs under.
 *
 * @param procedure the name of a procedure configuration (NATO, OSCE, EU_UNANIMITY)
 */
public record Organisation(String id, String name, String procedure, BodyId defaultBody) {
    public Organisation {
        Slug.check("organisation id", id);
        Mission.requireText("name", name);
        Mission.requireText("procedure", procedure);
        Objects.requireNonNull(defaultBody, "defaultBody");
    }
}
