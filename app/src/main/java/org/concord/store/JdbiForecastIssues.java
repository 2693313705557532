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

    @Override public List<Marked> all() {
        return h.createQuery("SELECT doc, classification FROM forecast_issue ORDER BY created_seq")
                .map((rs, ctx) -> new Marked(read(rs.getString("doc")), rs.getString("classification"))).list();
    }

    @Override public Optional<Marked> find(IssueId id) {
        return h.createQuery("SELECT doc, classification FROM forecast_issue WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> new Marked(read(rs.getString("doc")), rs.getString("classification"))).findOne();
    }

    @Override public void insert(IssueDefinition issue, String classification) {
        h.createUpdate("INSERT INTO forecast_issue (id, item_id, doc, classification) VALUES (:id, :item, :doc, :classification)")
                .bind("id", issue.id().value()).bind("item", issue.item().map(Object::toString).orElse(null))
                .bind("doc", Docs.write(IssueData.from(issue))).bind("classification", classification).execute();
    }

    @Override public void update(IssueDefinition issue) {
        int n = h.createUpdate("UPDATE forecast_issue SET doc = :doc WHERE id = :id")
                .bind("id", issue.id().value()).bind("doc", Docs.write(IssueData.from(issue))).execute();
        if (n != 1) throw new IllegalStateException("forecast issue '" + issue.id() + "' is not stored");
    }
}
