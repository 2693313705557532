package org.concord.store;

import org.concord.forecast.application.ForecastIssues;
import org.concord.forecast.application.IssueData;
import org.concord.forecast.application.IssueDefinition;
import org.concord.forecast.model.IssueId;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

final class JdbiForecastIssues implements ForecastIssues {
    private final Handle h;

    JdbiForecastIssues(Handle h) { this.h = h; }

    private static IssueDefinition read(String doc) { return Docs.read(doc, IssueData.class, (d, v) -> d.toModel("", v)); }

    @Override public List<IssueDefinition> all() {
        return h.createQuery("SELECT doc FROM forecast_issue ORDER BY created_seq").map((rs, ctx) -> read(rs.getString("doc"))).list();
    }

    @Override public Optional<IssueDefinition> find(IssueId id) {
        return h.createQuery("SELECT doc FROM forecast_issue WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> read(rs.getString("doc"))).findOne();
    }

    @Override public void insert(IssueDefinition issue) {
        h.createUpdate("INSERT INTO forecast_issue (id, item_id, doc) VALUES (:id, :item, :doc)")
                .bind("id", issue.id().value()).bind("item", issue.item().map(Object::toString).orElse(null))
                .bind("doc", Docs.write(IssueData.from(issue))).execute();
    }
}
