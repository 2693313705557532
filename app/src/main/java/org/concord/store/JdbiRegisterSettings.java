package org.concord.store;

import org.concord.register.data.OrganisationData;
import org.concord.register.model.Organisation;
import org.concord.register.model.RegisterSettings;
import org.jdbi.v3.core.Handle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

final class JdbiRegisterSettings implements RegisterSettings {
    private final Handle h;

    JdbiRegisterSettings(Handle h) { this.h = h; }

    @Override public Optional<Organisation> organisation() {
        return h.createQuery("SELECT doc FROM organisation").mapTo(String.class).findFirst()
                .map(doc -> Docs.read(doc, OrganisationData.class, (d, v) -> d.toModel("", v)));
    }

    @Override public void putOrganisation(Organisation o) {
        h.createUpdate("DELETE FROM organisation").execute();
        h.createUpdate("INSERT INTO organisation (id, doc) VALUES (:id, :doc)").bind("id", o.id())
                .bind("doc", Docs.write(OrganisationData.from(o))).execute();
    }

    @Override public Map<String, String> references() {
        Map<String, String> out = new LinkedHashMap<>();
        h.createQuery("SELECT source_key, citation FROM reference_source ORDER BY source_key")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override public void putReference(String key, String citation) {
        h.createUpdate("DELETE FROM reference_source WHERE source_key = :k").bind("k", key).execute();
        h.createUpdate("INSERT INTO reference_source (source_key, citation) VALUES (:k, :c)").bind("k", key).bind("c", citation).execute();
    }
}
