package org.concord.store;

import org.concord.register.data.MissionData;
import org.concord.register.model.CoreTask;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.register.model.Missions;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

final class JdbiMissions implements Missions {
    private final Handle h;

    JdbiMissions(Handle h) { this.h = h; }

    private static Mission read(String doc, long version) {
        return Docs.read(doc, MissionData.class, (d, v) -> d.toModel("", v)).withVersion(version);
    }

    @Override public List<Mission> list(Optional<MissionStatus> status, Optional<CoreTask> coreTask) {
        return h.createQuery("SELECT doc, version FROM mission WHERE (:status IS NULL OR status = :status) "
                        + "AND (:task IS NULL OR core_task = :task) ORDER BY start_date, id")
                .bind("status", status.map(Enum::name).orElse(null)).bind("task", coreTask.map(Enum::name).orElse(null))
                .map((rs, ctx) -> read(rs.getString("doc"), rs.getLong("version"))).list();
    }

    @Override public Optional<Mission> find(MissionId id) {
        return h.createQuery("SELECT doc, version FROM mission WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> read(rs.getString("doc"), rs.getLong("version"))).findOne();
    }

    @Override public Mission insert(Mission m) {
        Mission stored = m.withVersion(1);
        h.createUpdate("INSERT INTO mission (id, status, core_task, start_date, version, doc) VALUES (:id, :status, :task, :start, 1, :doc)")
                .bind("id", m.id().value()).bind("status", m.status().name()).bind("task", m.coreTask().name())
                .bind("start", m.start().first()).bind("doc", Docs.write(MissionData.from(m).withoutVersion())).execute();
        return stored;
    }

    @Override public Optional<Mission> update(Mission m, long expectedVersion) {
        int n = h.createUpdate("UPDATE mission SET status = :status, core_task = :task, start_date = :start, version = version + 1, doc = :doc "
                        + "WHERE id = :id AND version = :expected")
                .bind("id", m.id().value()).bind("status", m.status().name()).bind("task", m.coreTask().name())
                .bind("start", m.start().first()).bind("doc", Docs.write(MissionData.from(m).withoutVersion()))
                .bind("expected", expectedVersion).execute();
        return n == 1 ? Optional.of(m.withVersion(expectedVersion + 1)) : Optional.empty();
    }
}
