package org.concord.store;

import org.concord.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.ForecastId;
import org.concord.forecast.application.Forecasts;
import org.concord.forecast.model.IssueId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

final class JdbiForecasts implements Forecasts {
    private static final RowMapper<ForecastData> ROW = (rs, ctx) -> new ForecastData(rs.getLong("id"), rs.getString("issue_id"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"), rs.getString("model"),
            rs.getString("model_version"), rs.getString("engine_version"), rs.getInt("runs"), rs.getLong("seed"),
            json(rs.getString("inputs"), ForecastData.Inputs.class), json(rs.getString("results"), ForecastData.Results.class),
            rs.getString("classification"));
    private final Handle h;

    JdbiForecasts(Handle h) { this.h = h; }

    private static <T> T json(String text, Class<T> type) {
        try {
            return Json.mapper().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored forecast's " + type.getSimpleName() + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    @Override public ForecastId insert(ForecastData f) {
        long id = h.createUpdate("INSERT INTO forecast (issue_id, created_at, created_by, model, model_version, engine_version, seed, runs, inputs, results, classification) "
                        + "VALUES (:issue, :at, :by, :model, :modelVersion, :engineVersion, :seed, :runs, :inputs, :results, :classification)")
                .bind("classification", f.classification())
                .bind("issue", f.issue()).bind("at", OffsetDateTime.ofInstant(f.at(), ZoneOffset.UTC)).bind("by", f.by())
                .bind("model", f.model()).bind("modelVersion", f.modelVersion()).bind("engineVersion", f.engineVersion())
                .bind("seed", f.seed()).bind("runs", f.runs())
                .bind("inputs", Docs.write(f.inputs())).bind("results", Docs.write(f.results()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new ForecastId(id);
    }

    @Override public Optional<ForecastData> find(ForecastId id) {
        return h.createQuery("SELECT * FROM forecast WHERE id = :id").bind("id", id.value()).map(ROW).findOne();
    }

    @Override public List<ForecastData> latest(int limit) {
        return h.createQuery("SELECT * FROM forecast ORDER BY id DESC LIMIT :limit").bind("limit", limit).map(ROW).list();
    }

    @Override public List<ForecastData> list(Optional<IssueId> issue) {
        return h.createQuery("SELECT * FROM forecast WHERE (:issue IS NULL OR issue_id = :issue) ORDER BY id DESC")
                .bind("issue", issue.map(IssueId::value).orElse(null)).map(ROW).list();
    }
}
