package org.concord.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.json.Json;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for API tests against a real server on loopback; it keeps cookies and may carry a bearer token.
 * Every response of an API route is checked against the OpenAPI document the same server serves ({@link Contract}).
 */
public final class Http {
    private final HttpClient client;
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Contract contract;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** A client sending {@code Authorization: Bearer token}. */
    public static Http withToken(int port, String token) {
        Http h = new Http(port);
        h.headers.put("Authorization", "Bearer " + token);
        return h;
    }

    public Http header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public record Response(int status, String contentType, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    public Response get(String path) { return send(HttpRequest.newBuilder(URI.create(base + path)).GET()); }

    /** A binary answer (a PDF): its status, content type and bytes, checked against the OpenAPI document like any answer. */
    public record Bytes(int status, String contentType, byte[] body) {}

    public Bytes getBytes(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(b::header);
        try {
            HttpRequest request = b.build();
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse("");
            String text = type.startsWith("application/pdf") ? "" : new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
            contract().check(request.method(), request.uri().getPath(), r.statusCode(), type, text);
            return new Bytes(r.statusCode(), type, r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) { return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE()); }

    private Contract contract() throws IOException, InterruptedException {
        if (contract == null) {
            HttpResponse<String> doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/openapi.json")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (doc.statusCode() != 200) throw new AssertionError("the server serves no OpenAPI document: " + doc.statusCode());
            contract = Contract.of(doc.body());
        }
        return contract;
    }

    private Response send(HttpRequest.Builder b) {
        headers.forEach(b::header);
        try {
            HttpRequest request = b.build();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            Response response = new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers().map());
            String path = request.uri().getPath();
            if (path.startsWith("/api/v1/") || path.equals("/health"))
                contract().check(request.method(), path, response.status(), response.contentType(), response.body());
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
