package org.concord.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violations;
import org.concord.json.Json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Reads a request body strictly into a wire record: invalid JSON, unknown fields and values of the wrong JSON type are
 * all reported at once, each with its field path, before the record's own validation runs.
 */
final class JsonBody {
    private JsonBody() {}

    /**
     * Reads the body leniently: fields that are unknown or of the wrong JSON type are left out of the record and
     * reported, so that the caller can add the record's own field rules and answer every violation at once.
     *
     * @throws InvalidInput if the body is not a JSON object at all
     */
    static <T extends Record> Lenient<T> readLeniently(Context ctx, Class<T> type) {
        JsonNode tree = tree(ctx);
        Violations v = new Violations();
        check(tree, type, "", v);
        List<org.concord.shared.Violation> structural = v.isEmpty() ? List.of() : violations(v);
        if (!structural.isEmpty() && tree.isObject())
            for (var bad : structural) remove(tree, bad.field());
        try {
            return new Lenient<>(Json.mapper().treeToValue(tree, type), structural);
        } catch (JsonProcessingException e) {
            v.add("body", e.getOriginalMessage().lines().findFirst().orElse("unreadable"));
            v.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
    }

    /** A leniently read record and what was wrong with the body's shape. */
    record Lenient<T>(T value, List<org.concord.shared.Violation> structural) {}

    private static List<org.concord.shared.Violation> violations(Violations v) {
        try {
            v.throwIfAny();
            return List.of();
        } catch (InvalidInput e) {
            return e.violations();
        }
    }

    /** Removes the node at a path like {@code strength[0].actual} from the tree. */
    private static void remove(JsonNode tree, String path) {
        String[] parts = path.split("\\.");
        JsonNode node = tree;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String name = part.replaceAll("\\[\\d+]", "");
            var idx = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(part);
            boolean last = i == parts.length - 1;
            if (last && !part.contains("[")) {
                if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) o.remove(name);
                return;
            }
            node = node.path(name);
            while (idx.find()) {
                int k = Integer.parseInt(idx.group(1));
                if (last && idx.hitEnd() && node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
                    a.set(k, com.fasterxml.jackson.databind.node.NullNode.getInstance());
                    return;
                }
                node = node.path(k);
            }
            if (node.isMissingNode()) return;
        }
    }

    /** @throws InvalidInput listing every structural violation */
    static <T extends Record> T read(Context ctx, Class<T> type) {
        JsonNode tree = tree(ctx);
        Violations v = new Violations();
        check(tree, type, "", v);
        v.throwIfAny();
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("body", e.getOriginalMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    private static JsonNode tree(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) throw new InvalidInput("body", "a JSON object is required");
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidInput("body", "invalid JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        // a bare JSON null reads as no record at all: the handlers would meet a null request
        if (tree == null || tree.isNull()) throw new InvalidInput("body", "a JSON object is required, got null");
        return tree;
    }

    private static void check(JsonNode node, Type type, String path, Violations v) {
        String field = path.isEmpty() ? "body" : path;
        if (node == null || node.isNull()) return;
        Class<?> raw = raw(type);
        var union = org.concord.json.WireUnions.of(raw);
        if (union.isPresent()) {
            checkUnion(node, union.get(), path, v);
            return;
        }
        if (raw.isRecord()) {
            if (!node.isObject()) {
                v.add(field, "must be a JSON object");
                return;
            }
            Map<String, RecordComponent> components = new java.util.HashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) components.put(c.getName(), c);
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                RecordComponent c = components.get(f.getKey());
                if (c == null) v.add(p, "unknown field");
                else check(f.getValue(), c.getGenericType(), p, v);
            }
        } else if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                v.add(field, "must be a JSON array");
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) check(node.get(i), element, path + "[" + i + "]", v);
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!node.isObject()) v.add(field, "must be a JSON object");
        } else if (raw == String.class) {
            if (!node.isTextual()) v.add(field, "must be a string, got " + node.getNodeType().name().toLowerCase());
        } else if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
            if (!node.isIntegralNumber()) v.add(field, "must be a whole number, got " + node);
            else if (raw == Integer.class && !node.canConvertToInt()) v.add(field, "is out of range: " + node);
        } else if (raw == Double.class || raw == double.class) {
            if (!node.isNumber()) v.add(field, "must be a number, got " + node);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (!node.isBoolean()) v.add(field, "must be true or false, got " + node);
        }
    }

    /** A sealed request: its property names the record the rest of the object is checked against. */
    private static void checkUnion(JsonNode node, org.concord.json.WireUnions.Union union, String path, Violations v) {
        String field = path.isEmpty() ? "body" : path;
        if (!node.isObject()) {
            v.add(field, "must be a JSON object");
            return;
        }
        String at = path.isEmpty() ? union.property() : path + "." + union.property();
        JsonNode name = node.get(union.property());
        if (name == null || name.isNull()) {
            v.add(at, "is required: one of " + union.variants().keySet());
            return;
        }
        Class<?> record = name.isTextual() ? union.variants().get(name.asText()) : null;
        if (record == null) {
            v.add(at, (name.isTextual() ? "'" + name.asText() + "'" : name.toString()) + " is not one of " + union.variants().keySet());
            return;
        }
        var rest = node.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) rest).remove(union.property());
        check(rest, record, path, v);
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return Object.class;
    }
}
