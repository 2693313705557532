package org.concord.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.List;

/**
 * One API operation: how it is served and how it is documented. The server registers exactly these routes and the
 * OpenAPI document is generated from them, so the two cannot drift apart.
 *
 * @param request  the wire record of the request body, or null
 * @param response the wire record (or String/Map) of the response body
 * @param list     whether the response is a JSON array of {@code response}
 * @param status   the success status
 * @param requestMedia the media type of the request body (application/json unless said)
 */
record Route(HandlerType method, String path, String operationId, String tag, String summary, List<Param> params,
             Class<?> request, Class<?> response, boolean list, int status, Handler handler, String requestMedia) {

    /** A route whose request body, if any, is JSON. */
    Route(HandlerType method, String path, String operationId, String tag, String summary, List<Param> params,
          Class<?> request, Class<?> response, boolean list, int status, Handler handler) {
        this(method, path, operationId, tag, summary, params, request, response, list, status, handler, "application/json");
    }

    /** A query or path parameter. */
    record Param(String name, String in, boolean required, String description, String format, List<String> values) {
        static Param path(String name, String description) { return new Param(name, "path", true, description, null, List.of()); }

        static Param query(String name, String description) { return new Param(name, "query", false, description, null, List.of()); }

        static Param query(String name, String description, String format) { return new Param(name, "query", false, description, format, List.of()); }

        static Param query(String name, String description, List<String> values) { return new Param(name, "query", false, description, null, values); }
    }
}
