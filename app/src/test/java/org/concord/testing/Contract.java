package org.concord.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.concord.json.Json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The served OpenAPI document as a contract: every response an API test receives is checked against the document the
 * same server serves (its status must be documented for the operation, its media type too, and a JSON body must be
 * valid against the documented schema, JSON Schema 2020-12 through networknt's validator). A response that breaks the
 * contract fails the test that received it, so the document cannot drift from the code.
 */
public final class Contract {
    private static final String BASE_IRI = "https://concord.test/openapi.json";
    private static final Map<String, Contract> BY_DOCUMENT = new ConcurrentHashMap<>();

    private final JsonNode doc;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final List<Map.Entry<Pattern, String>> paths;

    private Contract(String json) {
        try {
            ObjectNode root = (ObjectNode) Json.mapper().readTree(json);
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            this.doc = root;
            String withDialect = Json.mapper().writeValueAsString(root);
            this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(BASE_IRI, withDialect)));
        } catch (java.io.IOException e) {
            throw new AssertionError("the served OpenAPI document is not JSON", e);
        }
        List<Map.Entry<Pattern, String>> list = new java.util.ArrayList<>();
        for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            list.add(Map.entry(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.")), template));
        }
        // a literal path wins over a template that also matches (/journal/verify before /journal/{x})
        list.sort(java.util.Comparator.comparingLong(e -> e.getValue().chars().filter(c -> c == '{').count()));
        this.paths = List.copyOf(list);
    }

    /** The contract of the document {@code json}, built once per distinct document. */
    public static Contract of(String json) { return BY_DOCUMENT.computeIfAbsent(json, Contract::new); }

    /**
     * @throws AssertionError naming the operation, status and every schema error when the response breaks the contract
     */
    public void check(String method, String path, int status, String contentType, String body) {
        String template = paths.stream().filter(e -> e.getKey().matcher(path).matches()).map(Map.Entry::getValue).findFirst().orElse(null);
        if (template == null) return; // not an API route: a 404 for an unknown path
        JsonNode op = doc.path("paths").path(template).path(method.toLowerCase());
        if (op.isMissingNode()) return; // a 405
        String where = method + " " + template + " -> " + status;
        JsonNode response = op.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) throw new AssertionError(where + ": the OpenAPI document does not list this status");
        if (response.path("content").isMissingNode() || response.path("content").isEmpty()) return;
        String media = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content").path(media);
        if (content.isMissingNode()) throw new AssertionError(where + ": media type '" + media + "' is not documented, only " + response.path("content").properties().stream().map(Map.Entry::getKey).toList());
        if (!media.endsWith("json")) return;
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase() + "/responses/" + status + "/content/" + escape(media) + "/schema";
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE_IRI + "#" + p)));
        var errors = schema.validate(body, InputFormat.JSON);
        if (!errors.isEmpty())
            throw new AssertionError(where + ": the body breaks the OpenAPI document: " + errors.stream().limit(10).map(Object::toString).toList()
                    + "\nbody: " + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body));
    }

    private static String escape(String s) { return s.replace("~", "~0").replace("/", "~1"); }
}
