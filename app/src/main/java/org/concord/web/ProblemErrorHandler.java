package org.concord.web;

import org.concord.json.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors Jetty answers itself, before a request reaches Concord's routes (a URI it cannot read: {@code %00},
 * {@code ..;}, a bad escape; a header block too large), as RFC 9457 problem documents like every other refusal, instead
 * of Jetty's HTML page. Jetty's reason is generic ("Bad Request", "Ambiguous URI path parameter") and never echoes the
 * request, so it is the detail.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        if (status < 400) status = 500;
        String reason = request.getAttribute(ERROR_MESSAGE) instanceof String m && !m.isBlank() ? m : HttpStatus.getMessage(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.TYPE_BASE + (status >= 500 ? "internal" : "unreadable-request"));
        body.put("title", status >= 500 ? "Internal error" : "Unreadable request");
        body.put("status", status);
        body.put("detail", status >= 500 ? "the server failed to handle the request" : "the server could not read the request: " + reason);
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            bytes = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }
}
