package org.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.shared.InvalidInput;
import org.concord.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The command line against a remote Concord: any API route, authenticated with a bearer token, so a delegation works
 * from its own desk without access to the database. The server applies the same rules as everywhere else.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Call a remote Concord's HTTP API with a bearer token, e.g. 'concord api GET /api/v1/items'.")
final class ApiCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT or DELETE.")
    String method;

    @Parameters(index = "1", paramLabel = "PATH", description = "The route, e.g. /api/v1/items/nmi-termination-2026.")
    String path;

    @Option(names = "--server", description = "The server (default $CONCORD_SERVER, else http://127.0.0.1:8080).")
    String server;

    @Option(names = "--token", description = "The bearer token (default $CONCORD_TOKEN; prefer the variable: options show in process lists).")
    String token;

    @Option(names = "--data", paramLabel = "JSON|@FILE", description = "The request body: JSON text, or @FILE to read it from a file.")
    String data;

    @Override public Integer call() throws IOException, InterruptedException {
        String m = method.toUpperCase(Locale.ROOT);
        if (!m.matches("GET|POST|PUT|DELETE")) throw new InvalidInput("METHOD", "'" + method + "' is not GET, POST, PUT or DELETE");
        if (!path.startsWith("/")) throw new InvalidInput("PATH", "'" + path + "' must start with /");
        String base = Optional.ofNullable(server).or(() -> Optional.ofNullable(System.getenv("CONCORD_SERVER"))).orElse("http://127.0.0.1:8080");
        URI uri;
        try {
            uri = URI.create(base.replaceAll("/+$", "") + path);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("--server", "'" + base + "' is not a URL");
        }
        // URI.create takes a relative reference ("notaurl/api/v1/items"), which the HTTP client then refuses with a Java message
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null)
            throw new InvalidInput("--server", "'" + base + "' is not an http:// or https:// URL with a host");
        String body = data == null ? "" : data.startsWith("@") ? read(Path.of(data.substring(1))) : data;
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .method(m, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) b.header("Content-Type", "application/json");
        Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv("CONCORD_TOKEN"))).filter(t -> !t.isBlank())
                .ifPresent(t -> b.header("Authorization", "Bearer " + t));
        HttpResponse<String> r;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new java.io.UncheckedIOException("cannot reach " + base + ": is Concord serving there?", e);
        }
        if (r.statusCode() >= 400) {
            spec.commandLine().getErr().println("concord: " + r.statusCode() + " " + problem(r.body()));
            return 1;
        }
        spec.commandLine().getOut().println(pretty(r.body()));
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInput("--data", file + ": " + (Files.exists(file) ? "cannot be read" : "no such file"));
        }
    }

    private static String pretty(String body) {
        try {
            JsonNode n = Json.mapper().readTree(body);
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (IOException e) {
            return body;
        }
    }

    /** A problem document as one line: its detail and the fields it names. */
    private static String problem(String body) {
        try {
            JsonNode n = Json.mapper().readTree(body);
            StringBuilder sb = new StringBuilder(n.path("detail").asText(n.path("title").asText(body)));
            return sb.toString().replace('\n', ' ');
        } catch (IOException e) {
            return body.replace('\n', ' ');
        }
    }
}
