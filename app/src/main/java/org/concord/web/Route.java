package org.concord.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API operation: how it is served and how it is documented. The server registers exactly these routes and the
 * OpenAPI document is generated from them, so the two cannot drift apart. The query parameters declared here are the
 * only ones the route accepts: any other gets a 400 naming it.
 *
 * @param request  the wire record of the request body, or null
 * @param response the wire record (or String/Map) of the response body
 * @param list     whether the response is a JSON array of {@code response}; a list also pages ({@code limit},
 *                 {@code cursor}, {@code Link: rel="next"}) and answers {@code text/csv} when asked
 * @param status   the success status
 * @param requestMedia the media types the request body may be sent as (application/json unless said); a type other
 *                 than JSON is described by {@link ApiSchemas#MEDIA}
 */
record Route(HandlerType method, String path, String operationId, String tag, String summary, List<Param> params,
             Class<?> request, Class<?> response, boolean list, int status, Handler handler, List<String> requestMedia) {
    Route {
        requestMedia = List.copyOf(requestMedia);
    }

    /** A route whose request body, if any, is JSON. */
    Route(HandlerType method, String path, String operationId, String tag, String summary, List<Param> params,
          Class<?> request, Class<?> response, boolean list, int status, Handler handler) {
        this(method, path, operationId, tag, summary, params, request, response, list, status, handler, List.of("application/json"));
    }

    /** The declared parameters, with the paging parameters added to a list that does not declare them itself. */
    List<Param> allParams() {
        if (!list) return params;
        List<Param> all = new ArrayList<>(params);
        for (Param p : List.of(Paging.LIMIT, Paging.CURSOR))
            if (all.stream().noneMatch(x -> x.name().equals(p.name()) && x.in().equals(p.in()))) all.add(p);
        return all;
    }

    /**
     * A query or path parameter.
     *
     * @param schema     its JSON Schema (type, format, enum, bounds)
     * @param deprecated whether it is kept only as an alias of a newer name
     */
    record Param(String name, String in, boolean required, String description, Map<String, Object> schema, boolean deprecated) {
        static Param path(String name, String description) { return new Param(name, "path", true, description, Map.of("type", "string"), false); }

        static Param query(String name, String description) { return new Param(name, "query", false, description, Map.of("type", "string"), false); }

        /** A query parameter of a format: {@code date}, {@code date-time}, {@code int32} or {@code int64}. */
        static Param query(String name, String description, String format) {
            return new Param(name, "query", false, description, format.startsWith("int")
                    ? Map.of("type", "integer", "format", format) : Map.of("type", "string", "format", format), false);
        }

        static Param query(String name, String description, List<String> values) {
            return new Param(name, "query", false, description, Map.of("type", "string", "enum", values), false);
        }

        static Param query(String name, String description, Map<String, Object> schema) {
            return new Param(name, "query", false, description, schema, false);
        }

        /** This parameter's deprecated alias {@code asOf}, the one name both meanings of time travel used to share. */
        Param asOfAlias() {
            return new Param("asOf", in, false, "Deprecated alias of `" + name + "`: " + description, schema, true);
        }

        /** The facts as they applied on a date: {@code on=YYYY-MM-DD}. */
        static Param on(String what) { return query("on", what + " as the facts applied on this date (YYYY-MM-DD; default today)", "date"); }

        /** What the register or journal had recorded at an instant: {@code recordedAt=INSTANT}. */
        static Param recordedAt(String what) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "string");
            schema.put("pattern", "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$");
            schema.put("examples", List.of("2026-11-28T12:00:00Z", "2026-11-28"));
            return query("recordedAt", what + " as recorded at this instant (YYYY-MM-DDTHH:MM:SSZ; a date alone means the end of that day, UTC)", schema);
        }
    }
}
