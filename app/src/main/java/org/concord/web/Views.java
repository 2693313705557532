package org.concord.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.concord.store.Json;
import org.concord.web.cache.ViewCache;

import java.util.Map;

/** Rendered JSON answers for the {@link ViewCache}. */
final class Views {
    private Views() {}

    static ViewCache.View json(Object body, Map<String, String> headers) throws JsonProcessingException {
        return new ViewCache.View("application/json", Json.mapper().writeValueAsBytes(body), headers);
    }

    static ViewCache.View json(Object body) throws JsonProcessingException { return json(body, Map.of()); }
}
