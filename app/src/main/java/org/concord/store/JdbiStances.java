package org.concord.store;

import org.concord.forecast.model.IssueId;
import org.concord.intel.StanceData;
import org.concord.intel.StanceId;
import org.concord.intel.Stances;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

final class JdbiStances implements Stances {
    private final Handle h;

    JdbiStances(Handle h) { this.h = h; }

    @Override public StanceId insert(org.concord.intel.ReportedStance stance, String classification) {
        StanceData doc = StanceData.of(stance);
        long id = h.createUpdate("INSERT INTO reported_stance (issue_id, subject, reported_on, doc, classification) VALUES (:issue, :subject, :on, :doc, :classification)")
                .bind("classification", classification)
                .bind("issue", stance.issue().value()).bind("subject", stance.subject().code()).bind("on", stance.reportedOn())
                .bind("doc", Docs.write(doc)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new StanceId(id);
    }

    @Override public List<Recorded> list(Optional<IssueId> issue) {
        return h.createQuery("SELECT id, doc, classification FROM reported_stance WHERE (:issue IS NULL OR issue_id = :issue) ORDER BY issue_id, reported_on, id")
                .bind("issue", issue.map(IssueId::value).orElse(null))
                .map((rs, ctx) -> new Recorded(new StanceId(rs.getLong("id")), Docs.read(rs.getString("doc"), StanceData.class, (d, v) -> d.toModel(v)),
                        rs.getString("classification")))
                .list();
    }
}
