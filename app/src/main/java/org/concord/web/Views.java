package org.concord.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.concord.json.Json;
import org.concord.web.cache.ViewCache;

import java.util.Map;

/** Rendered JSON answers for the {@link ViewCache}. */
final class Views {
    private Views() {}

    static ViewCache.View json(Object body, Map<String, String> headers) throws JsonProcessingException {
        return new ViewCache.View("application/json", Json.mapper().writeValueAsBytes(body), headers);
    }

    static ViewCache.View json(Object body) throws JsonProcessingException { return json(body, Map.of()); }

    /** One page of {@code rows} by {@link Paging#page}, with its {@code Link} header kept in the view. */
    static <T> ViewCache.View page(io.javalin.http.Context ctx, java.util.List<T> rows, java.util.function.Function<T, String> key) throws JsonProcessingException {
        java.util.List<T> page = Paging.page(ctx, rows, key);
        String link = ctx.res().getHeader("Link");
        return json(page, link == null ? Map.of() : Map.of("Link", link));
    }
}
