package org.concord.store;

import org.concord.register.data.BodyData;
import org.concord.register.model.Bodies;
import org.concord.register.model.Body;
import org.concord.register.model.BodyId;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

final class JdbiBodies implements Bodies {
    private final Handle h;

    JdbiBodies(Handle h) { this.h = h; }

    private static Body read(String doc) { return Docs.read(doc, BodyData.class, (d, v) -> d.toModel("", v)); }

    @Override public List<Body> all() {
        return h.createQuery("SELECT doc FROM body ORDER BY id").mapTo(String.class).list().stream().map(JdbiBodies::read).toList();
    }

    @Override public Optional<Body> find(BodyId id) {
        return h.createQuery("SELECT doc FROM body WHERE id = :id").bind("id", id.value()).mapTo(String.class).findOne().map(JdbiBodies::read);
    }

    @Override public void put(Body b) {
        h.createUpdate("DELETE FROM body WHERE id = :id").bind("id", b.id().value()).execute();
        h.createUpdate("INSERT INTO body (id, doc) VALUES (:id, :doc)").bind("id", b.id().value()).bind("doc", Docs.write(BodyData.from(b))).execute();
    }
}
