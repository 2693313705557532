package org.concord.store;

import org.concord.register.data.EventData;
import org.concord.register.model.Event;
import org.concord.register.model.EventId;
import org.concord.register.model.Events;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

final class JdbiEvents implements Events {
    private final Handle h;

    JdbiEvents(Handle h) { this.h = h; }

    private static Event read(String doc, long version) {
        return Docs.read(doc, EventData.class, (d, v) -> d.toModel("", v)).withVersion(version);
    }

    @Override public List<Event> all() {
        return h.createQuery("SELECT doc, version FROM event ORDER BY start_date, id")
                .map((rs, ctx) -> read(rs.getString("doc"), rs.getLong("version"))).list();
    }

    @Override public Optional<Event> find(EventId id) {
        return h.createQuery("SELECT doc, version FROM event WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> read(rs.getString("doc"), rs.getLong("version"))).findOne();
    }

    @Override public Event insert(Event e) {
        h.createUpdate("INSERT INTO event (id, start_date, version, doc) VALUES (:id, :start, 1, :doc)")
                .bind("id", e.id().value()).bind("start", e.start().first())
                .bind("doc", Docs.write(EventData.from(e).withoutVersion())).execute();
        return e.withVersion(1);
    }

    @Override public Optional<Event> update(Event e, long expectedVersion) {
        int n = h.createUpdate("UPDATE event SET start_date = :start, version = version + 1, doc = :doc WHERE id = :id AND version = :expected")
                .bind("id", e.id().value()).bind("start", e.start().first())
                .bind("doc", Docs.write(EventData.from(e).withoutVersion())).bind("expected", expectedVersion).execute();
        return n == 1 ? Optional.of(e.withVersion(expectedVersion + 1)) : Optional.empty();
    }
}
