package org.concord.web;

import io.javalin.http.HandlerType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the OpenAPI 3.1 document from the route table, the wire records' components and {@link ApiSchemas}: security
 * schemes applied per operation, complete schemas, the problem responses each operation can give, paging and CSV on
 * every list. The served document passes {@code redocly lint} (recommended rules) with no error and no warning.
 */
final class OpenApi {
    static final String BEARER = "bearerAuth";
    static final String COOKIE = "sessionCookie";
    static final String CSRF = "csrfToken";
    /** Operations anyone may call without credentials and that never write. */
    private static final Set<String> NO_AUTH = Set.of("signIn", "health", "ready");
    /** Schema names for records whose simple names collide with another wire record. */
    private static final Map<Class<?>, String> NAMES = Map.of(AccessApi.SessionData.class, "SignedInSession");
    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("register", "Members, partners, bodies, missions and events, with their sources.");
        TAGS.put("procedure", "Decision items and the consensus procedure (rules R1-R13).");
        TAGS.put("journal", "The hash-chained journal: every act, filtered to what the reader may see.");
        TAGS.put("access", "Sign-in, users, tokens and the audit trail.");
        TAGS.put("forecast", "Forecast issues, reported stances and Monte Carlo forecasts.");
        TAGS.put("analysis", "Options for one decision, risks (graded assessments) and the decision brief.");
        TAGS.put("reviews", "Mission reviews: review cycles, reviews held and called, what is due or overdue.");
        TAGS.put("portfolio", "The portfolio of missions and reset profiles applied to it (analysis, and draft items for the chair).");
        TAGS.put("feeds", "Calendar and Atom feeds, and outgoing webhooks.");
        TAGS.put("operations", "Liveness of the server.");
    }

    private final Map<String, Object> schemas = new TreeMap<>();
    private final Map<String, Class<?>> named = new HashMap<>();

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
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Concord API");
        info.put("version", version);
        info.put("description", """
                The register, consensus procedure, journal and forecasts of a consensus body.

                Authenticate with a bearer token (`Authorization: Bearer <token>`, from `POST /api/v1/tokens` or \
                `concord tokens create`) or with the session cookie of `POST /api/v1/session`; a cookie-authenticated \
                request that changes state must echo the session's CSRF token in `X-CSRF-Token`. Requests without \
                credentials read public records only.

                Lists page: `limit` (1 to 200, default 50) rows in a stable order, and when more rows exist an \
                RFC 8288 `Link: <...>; rel="next"` header whose URL carries the same filters and an opaque `cursor`. \
                Every list also answers `text/csv` (`Accept: text/csv`). A query parameter a route does not declare \
                gets a 400 naming it.

                Time travel has two names: `on=YYYY-MM-DD` reads the facts as they applied on a date, \
                `recordedAt=INSTANT` reads what the register or journal had recorded at an instant. `asOf` is a \
                deprecated alias of whichever of the two a route had before.

                Errors are RFC 9457 problem documents (`application/problem+json`).""");
        info.put("license", Map.of("name", "Proprietary", "url", "https://concord.invalid/license"));
        doc.put("info", info);
        doc.put("servers", List.of(Map.of("url", "/", "description", "this server")));
        doc.put("tags", TAGS.entrySet().stream().map(e -> Map.of("name", e.getKey(), "description", e.getValue())).toList());
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        components.put("securitySchemes", securitySchemes());
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> securitySchemes() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(BEARER, Map.of("type", "http", "scheme", "bearer",
                "description", "A bearer token from `POST /api/v1/tokens` or `concord tokens create`; only its hash is stored."));
        s.put(COOKIE, Map.of("type", "apiKey", "in", "cookie", "name", WebPrincipals.SESSION_COOKIE,
                "description", "The HttpOnly session cookie set by `POST /api/v1/session`."));
        s.put(CSRF, Map.of("type", "apiKey", "in", "header", "name", WebPrincipals.CSRF_HEADER,
                "description", "The session's CSRF token (from `POST /api/v1/session`), required with the cookie on every state-changing request."));
        return s;
    }

    private static boolean writes(Route r) { return WebPrincipals.isWrite(r.method()) && !NO_AUTH.contains(r.operationId()); }

    private Map<String, Object> operation(Route r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", r.operationId());
        op.put("summary", r.summary());
        op.put("tags", List.of(r.tag()));
        if (NO_AUTH.contains(r.operationId())) op.put("security", List.of());
        else if (writes(r)) op.put("security", List.of(Map.of(BEARER, List.of()), Map.of(COOKIE, List.of(), CSRF, List.of())));
        else op.put("security", List.of(Map.of(), Map.of(BEARER, List.of()), Map.of(COOKIE, List.of())));
        List<Object> params = new ArrayList<>();
        for (Route.Param p : r.allParams()) {
            Map<String, Object> param = new LinkedHashMap<>();
            param.put("name", p.name());
            param.put("in", p.in());
            param.put("required", p.required());
            param.put("description", p.description());
            if (p.deprecated()) param.put("deprecated", true);
            param.put("schema", p.schema());
            params.add(param);
        }
        if (r.method() == io.javalin.http.HandlerType.POST && r.status() == 201)
            params.add(Map.of("name", IdempotentCreates.HEADER, "in", "header", "required", false,
                    "description", "makes a retry safe: the same key, by the same principal, with the same request creates nothing again and"
                            + " answers as the first did (header Idempotent-Replayed: true) for 24 h; the same key with another request gets 409",
                    "schema", Map.of("type", "string", "minLength", 1, "maxLength", 200)));
        if (!params.isEmpty()) op.put("parameters", params);
        if (r.request() != null) {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String type : r.requestMedia()) {
                if (!type.equals("application/json")) {
                    Map<String, Object> described = ApiSchemas.MEDIA.get(type);
                    if (described == null) throw new IllegalStateException(r.operationId() + ": no description of the request media type " + type);
                    content.put(type, described);
                    continue;
                }
                Map<String, Object> media = new LinkedHashMap<>();
                media.put("schema", schemaOf(r.request()));
                if (r.request().isRecord() && ApiSchemas.EXAMPLES.containsKey(name(r.request())))
                    media.put("example", ApiSchemas.EXAMPLES.get(name(r.request())));
                content.put(type, media);
            }
            op.put("requestBody", Map.of("required", !r.operationId().equals("createToken"), "content", content));
        }
        op.put("responses", responses(r));
        return op;
    }

    private Map<String, Object> responses(Route r) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", r.list() ? "one page of the list, in a stable order" : "success");
        if (r.response() == ForecastChart.Svg.class) {
            success.put("content", Map.of("image/svg+xml", Map.of("schema", Map.of("type", "string"))));
        } else if (r.response() == AnalysisApi.Pdf.class) {
            success.put("content", Map.of("application/pdf", Map.of("schema", Map.of("type", "string", "format", "binary",
                    "description", "a PDF document"))));
        } else if (r.response() == Feeds.Calendar.class) {
            success.put("content", Map.of("text/calendar", Map.of("schema", Map.of("type", "string", "description", "an iCalendar (RFC 5545) feed"))));
        } else if (r.response() == Feeds.Atom.class) {
            success.put("content", Map.of("application/atom+xml", Map.of("schema", Map.of("type", "string", "description", "an Atom (RFC 4287) feed"))));
        } else if (r.list()) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("application/json", Map.of("schema", Map.of("type", "array", "items", schemaOf(r.response()))));
            content.put(Served.CSV, Map.of("schema", Map.of("type", "string",
                    "description", "the same rows as CSV (RFC 4180) with a header line; lists of plain values joined with `;`")));
            success.put("content", content);
            success.put("headers", Map.of("Link", Map.of("description",
                    "RFC 8288 `<URL>; rel=\"next\"` when more rows exist: the same path and filters with the next page's cursor",
                    "schema", Map.of("type", "string"))));
        } else {
            success.put("content", Map.of("application/json", Map.of("schema", schemaOf(r.response()))));
        }
        responses.put(Integer.toString(r.status()), success);
        boolean hasQuery = r.allParams().stream().anyMatch(p -> p.in().equals("query"));
        responses.put("400", problem(r.request() != null || hasQuery
                ? "invalid input: every bad field or query parameter is named in `violations`"
                : "a query parameter this route does not declare, named in `violations`"));
        if (!NO_AUTH.contains(r.operationId())) responses.put("401", problem("the bearer token is invalid, expired or revoked"
                + (writes(r) ? ", or the request carries no credentials and changes state" : "")));
        if (r.operationId().equals("signIn")) responses.put("401", problem("wrong name or password"));
        if (writes(r) || Set.of("listUsers", "listAudit", "listJournal", "verifyJournal", "listWebhookDeliveries", "listTokens",
                "whatWouldMoveIt", "forecastHistoryChart").contains(r.operationId()))
            responses.put("403", problem("the principal may not do this, or a cookie-authenticated write lacks its CSRF token"));
        if (r.operationId().equals("whatWouldMoveIt"))
            responses.put("422", problem("no odds to move: the model says nothing on this issue or the rule does not apply"));
        if (r.path().contains("{") || r.operationId().equals("getOrganisation"))
            responses.put("404", problem("no such record, or one hidden from the reader"));
        if (Set.of("createToken", "listTokens").contains(r.operationId()))
            responses.put("404", problem("no such user (only an ADMIN naming another user's `owner` can be told so)"));
        if (r.request() != null && r.method() != HandlerType.GET && !NO_AUTH.contains(r.operationId()))
            responses.put("409", problem("stale version or conflicting state"));
        if (r.request() != null) responses.put("413", problem("the request body is larger than 1 MB"));
        if (!r.requestMedia().contains("application/json") && r.request() != null)
            responses.put("415", problem("the body is not sent as " + String.join(" or ", r.requestMedia())));
        if (r.operationId().equals("signIn")) {
            responses.put("403", problem("the request names an Origin that is not this server (login CSRF)"));
            responses.put("415", problem("the body is not sent as application/json"));
            responses.put("429", problem("too many failed sign-ins; see Retry-After"));
        }
        if (!r.operationId().equals("health"))
            responses.put("503", problem("the store is unavailable (down, restarting, disk full) or the server is stopping; nothing was acknowledged, see Retry-After"));
        return responses;
    }

    private static Map<String, Object> problem(String description) {
        return Map.of("description", description,
                "content", Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
    }

    private String name(Class<?> raw) {
        String n = NAMES.getOrDefault(raw, requestName(raw));
        Class<?> other = named.putIfAbsent(n, raw);
        if (other != null && other != raw) throw new IllegalStateException("two wire records are both named " + n + ": " + other + " and " + raw);
        return n;
    }

    /** A record of a sealed request (e.g. {@code EffectRequest.ReduceMission}) is named with its kind: ReduceMissionEffect. */
    private static String requestName(Class<?> raw) {
        Class<?> outer = raw.getEnclosingClass();
        if (outer != null && outer.isSealed() && outer.isInterface() && outer.isAssignableFrom(raw))
            return raw.getSimpleName() + outer.getSimpleName().replace("Request", "");
        return raw.getSimpleName();
    }

    private Map<String, Object> schemaOf(Type type) { return schemaOf(type, null); }

    private Map<String, Object> schemaOf(Type type, String field) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) return Map.of("type", "string");
        if (raw == Integer.class || raw == int.class) return Map.of("type", "integer", "format", "int32");
        if (raw == Long.class || raw == long.class) return Map.of("type", "integer", "format", "int64");
        if (raw == Double.class || raw == double.class) return Map.of("type", "number");
        if (raw == Boolean.class || raw == boolean.class) return Map.of("type", "boolean");
        if (raw == Instant.class) return ApiSchemas.DATE_TIME;
        if (raw == java.time.LocalDate.class) return ApiSchemas.DATE;
        if (raw == org.concord.shared.Iso3.class) return ApiSchemas.ISO3;
        if (raw == org.concord.forecast.model.ActorId.class) return ApiSchemas.ACTOR;
        if (org.concord.json.Json.STRING_CODES.contains(raw)) throw new IllegalStateException("no schema for the code " + raw);
        if (List.class.isAssignableFrom(raw)) {
            Type el = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            return Map.of("type", "array", "items", schemaOf(el));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
            return value == Object.class ? Map.of("type", "object") : Map.of("type", "object", "additionalProperties", schemaOf(value));
        }
        if (raw.isEnum()) return Map.of("type", "string", "enum", java.util.Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList());
        var union = org.concord.json.WireUnions.of(raw);
        if (union.isPresent()) return unionSchema(union.get());
        if (raw.isRecord()) {
            String name = name(raw);
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of()); // placeholder against recursion
                Map<String, Object> props = new LinkedHashMap<>();
                List<String> required = new ArrayList<>();
                List<String> listed = ApiSchemas.REQUIRED.getOrDefault(name, List.of());
                for (RecordComponent c : raw.getRecordComponents()) {
                    Map<String, Object> hint = ApiSchemas.FIELDS.getOrDefault(name + "." + c.getName(), ApiSchemas.FIELDS.get("*." + c.getName()));
                    props.put(c.getName(), hint != null ? hint : schemaOf(c.getGenericType(), c.getName()));
                    if (c.getType().isPrimitive() || listed.contains(c.getName())) required.add(c.getName());
                }
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", "object");
                schema.put("description", ApiSchemas.DESCRIPTIONS.getOrDefault(name, name));
                schema.put("properties", props);
                if (!required.isEmpty()) schema.put("required", required);
                schema.put("additionalProperties", false);
                schemas.put(name, schema);
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of(); // any JSON value (e.g. a journal payload)
    }

    /**
     * A sealed request: {@code oneOf} its records, told apart by the discriminator property, which each record's schema
     * requires with its one value.
     */
    private Map<String, Object> unionSchema(org.concord.json.WireUnions.Union union) {
        String name = name(union.type());
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of()); // placeholder against recursion
            List<Map<String, Object>> refs = new ArrayList<>();
            Map<String, Object> mapping = new LinkedHashMap<>();
            union.variants().forEach((value, record) -> {
                String variant = name(record);
                String ref = "#/components/schemas/" + variant;
                refs.add(Map.of("$ref", ref));
                mapping.put(value, ref);
                Map<String, Object> props = new LinkedHashMap<>();
                props.put(union.property(), Map.of("type", "string", "const", value));
                List<String> required = new ArrayList<>(List.of(union.property()));
                List<String> listed = ApiSchemas.REQUIRED.getOrDefault(variant, List.of());
                for (RecordComponent c : record.getRecordComponents()) {
                    Map<String, Object> hint = ApiSchemas.FIELDS.getOrDefault(variant + "." + c.getName(),
                            ApiSchemas.FIELDS.getOrDefault(name + "." + c.getName(), ApiSchemas.FIELDS.get("*." + c.getName())));
                    props.put(c.getName(), hint != null ? hint : schemaOf(c.getGenericType(), c.getName()));
                    if (c.getType().isPrimitive() || listed.contains(c.getName())) required.add(c.getName());
                }
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", "object");
                schema.put("description", ApiSchemas.DESCRIPTIONS.getOrDefault(variant, "`" + union.property() + "` " + value + "."));
                schema.put("properties", props);
                schema.put("required", required);
                schema.put("additionalProperties", false);
                schemas.put(variant, schema);
            });
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("description", ApiSchemas.DESCRIPTIONS.getOrDefault(name, name));
            schema.put("oneOf", refs);
            schema.put("discriminator", Map.of("propertyName", union.property(), "mapping", mapping));
            schemas.put(name, schema);
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", Map.of("type", "string", "format", "uri", "description", "what kind of problem"));
        props.put("title", Map.of("type", "string"));
        props.put("status", Map.of("type", "integer", "format", "int32"));
        props.put("detail", Map.of("type", "string"));
        props.put("instance", Map.of("type", "string", "description", "the request path"));
        props.put("violations", Map.of("type", "array", "description", "every bad field or parameter, with the reason",
                "items", Map.of("type", "object", "required", List.of("field", "reason"), "additionalProperties", false,
                        "properties", Map.of("field", Map.of("type", "string"), "reason", Map.of("type", "string")))));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", ApiSchemas.DESCRIPTIONS.get("Problem"));
        schema.put("required", List.of("type", "title", "status"));
        schema.put("properties", props);
        return schema;
    }
}
