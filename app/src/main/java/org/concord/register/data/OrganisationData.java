package org.concord.register.data;

import org.concord.register.model.BodyId;
import org.concord.register.model.Organisation;
import org.concord.shared.Violations;

import static org.concord.register.data.Wire.*;

/** The organisation on the wire; {@code procedure} defaults to NATO and must name a known configuration. */
public record OrganisationData(String id, String name, String procedure, String defaultBody) {

    public static OrganisationData from(Organisation o) {
        return new OrganisationData(o.id(), o.name(), o.procedure(), o.defaultBody().value());
    }

    public Organisation toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        required(v, p + "id", id);
        required(v, p + "name", name);
        if (procedure != null && !Organisation.PROCEDURES.contains(procedure))
            v.add(p + "procedure", "'" + procedure + "' is not one of " + Organisation.PROCEDURES);
        var b = defaultBody == null ? BodyId.of("nac") : v.parse(p + "defaultBody", () -> new BodyId(defaultBody));
        if (v.size() > before) return null;
        return v.parse(path, () -> new Organisation(id, name, procedure == null ? "NATO" : procedure, b));
    }
}
