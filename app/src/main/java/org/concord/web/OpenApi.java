package org.concord.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Generates the OpenAPI 3.1 document from the route table and the wire records' components. */
final class OpenApi {
    private final Map<String, Object> schemas = new TreeMap<>();

    static Map<String, Object> document(List<Route> routes, String version) {
        return new OpenApi().build(routes, version);
    }

    private Map<String, Object> build(List<Route> routes, String version) {
        Map<String, Object> paths = new TreeMap<>();
        for (Route r : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), p -> new LinkedHashMap<String, Object>());
            item.put(r.method().name().toLowerCase(), operation(r));
        }
        schemas.put("Problem", problemSchema());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Concord API", "version", version,
                "description", "The register, consensus procedure, journal and forecasts of a consensus body. "
                        + "Errors are RFC 9457 problem documents (application/problem+json)."));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas));
        return doc;
    }

    private Map<String, Object> operation(Route r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", r.operationId());
        op.put("summary", r.summary());
        op.put("tags", List.of(r.tag()));
        List<Object> params = new ArrayList<>();
        for (Route.Param p : r.params()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", p.format() != null && p.format().startsWith("int") ? "integer" : "string");
            if (p.format() != null) schema.put("format", p.format());
            if (!p.values().isEmpty()) schema.put("enum", p.values());
            params.add(Map.of("name", p.name(), "in", p.in(), "required", p.required(), "description", p.description(), "schema", schema));
        }
        if (!params.isEmpty()) op.put("parameters", params);
        if (r.request() != null)
            op.put("requestBody", Map.of("required", true, "content", Map.of(r.requestMedia(), Map.of("schema", schemaOf(r.request())))));
        Map<String, Object> responses = new LinkedHashMap<>();
        Object body = r.list() ? Map.of("type", "array", "items", schemaOf(r.response())) : schemaOf(r.response());
        responses.put(Integer.toString(r.status()), r.response() == ForecastChart.Svg.class
                ? Map.of("description", "success", "content", Map.of("image/svg+xml", Map.of("schema", Map.of("type", "string"))))
                : Map.of("description", "success", "content", Map.of("application/json", Map.of("schema", body))));
        Map<String, Object> problem = Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));
        if (r.request() != null || !r.params().isEmpty()) responses.put("400", Map.of("description", "invalid input, every violation named", "content", problem));
        if (r.path().contains("{")) responses.put("404", Map.of("description", "no such record", "content", problem));
        if (r.request() != null) responses.put("409", Map.of("description", "stale version or conflicting state", "content", problem));
        responses.put("default", Map.of("description", "error", "content", problem));
        op.put("responses", responses);
        return op;
    }

    private Map<String, Object> schemaOf(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) return Map.of("type", "string");
        if (raw == Integer.class || raw == int.class) return Map.of("type", "integer", "format", "int32");
        if (raw == Long.class || raw == long.class) return Map.of("type", "integer", "format", "int64");
        if (raw == Double.class || raw == double.class) return Map.of("type", "number");
        if (raw == Boolean.class || raw == boolean.class) return Map.of("type", "boolean");
        if (raw == Instant.class) return Map.of("type", "string", "format", "date-time");
        if (List.class.isAssignableFrom(raw)) {
            Type el = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            return Map.of("type", "array", "items", schemaOf(el));
        }
        if (Map.class.isAssignableFrom(raw)) return Map.of("type", "object");
        if (raw.isEnum()) return Map.of("type", "string", "enum", java.util.Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList());
        if (raw.isRecord()) {
            String name = raw.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of()); // placeholder against recursion
                Map<String, Object> props = new LinkedHashMap<>();
                for (RecordComponent c : raw.getRecordComponents()) props.put(c.getName(), schemaOf(c.getGenericType()));
                schemas.put(name, Map.of("type", "object", "properties", props, "additionalProperties", false));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of();
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", Map.of("type", "string", "format", "uri"));
        props.put("title", Map.of("type", "string"));
        props.put("status", Map.of("type", "integer"));
        props.put("detail", Map.of("type", "string"));
        props.put("instance", Map.of("type", "string"));
        props.put("violations", Map.of("type", "array", "items", Map.of("type", "object",
                "properties", Map.of("field", Map.of("type", "string"), "reason", Map.of("type", "string")))));
        return Map.of("type", "object", "properties", props);
    }
}
