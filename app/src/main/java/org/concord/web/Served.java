package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Handler;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violation;
import org.concord.json.Json;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the server runs a {@link Route}: query parameters the route does not declare are refused with a 400 naming each
 * of them (on every route, so a misspelt filter never silently returns everything), and a list answers
 * {@code text/csv} when the client asks for it ({@code Accept: text/csv}) with the same rows as the JSON page.
 */
final class Served {
    static final String CSV = "text/csv";

    private Served() {}

    static Handler handler(Route route) { return handler(route, null); }

    /** As {@link #handler(Route)}; a creating POST (answering 201) also honours {@code Idempotency-Key} through {@code keys} when given. */
    static Handler handler(Route route, IdempotentCreates keys) {
        Set<String> allowed = new TreeSet<>();
        for (Route.Param p : route.allParams()) if (p.in().equals("query")) allowed.add(p.name());
        return ctx -> {
            List<Violation> unknown = new ArrayList<>();
            for (String name : new TreeSet<>(ctx.queryParamMap().keySet())) {
                if (!allowed.contains(name))
                    unknown.add(new Violation(name, "unknown query parameter" + (allowed.isEmpty() ? ": this route takes none" : "; this route takes " + String.join(", ", allowed))));
                else if (ctx.queryParams(name).size() > 1) unknown.add(new Violation(name, "is given more than once"));
            }
            if (!unknown.isEmpty()) throw new InvalidInput(unknown);
            boolean csv = route.list() && wantsCsv(ctx.header("Accept"));
            if (keys != null && route.method() == io.javalin.http.HandlerType.POST && route.status() == 201) {
                keys.handle(ctx, route.handler());
                return;
            }
            route.handler().handle(ctx);
            if (csv && ctx.status().getCode() == route.status()) {
                String json = ctx.result();
                if (json != null) ctx.contentType(CSV + "; charset=utf-8").result(csv(Json.mapper().readTree(json)));
            }
        };
    }

    /** Whether an Accept header prefers CSV to JSON (CSV named, JSON not named before it). */
    static boolean wantsCsv(String accept) {
        if (accept == null) return false;
        String a = accept.toLowerCase();
        int csv = a.indexOf(CSV);
        if (csv < 0) return false;
        int json = a.indexOf("application/json");
        return json < 0 || csv < json;
    }

    /**
     * A JSON array of objects as CSV: one column per field (in first-seen order), a list of plain values joined with
     * {@code ;}, a nested object or a list of objects as compact JSON.
     */
    static String csv(JsonNode rows) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode row : rows) row.fieldNames().forEachRemaining(columns::add);
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (JsonNode row : rows) {
                List<String> cells = new ArrayList<>();
                for (String c : columns) cells.add(cell(row.get(c)));
                p.printRecord(cells);
            }
        }
        return out.toString();
    }

    private static String cell(JsonNode v) {
        if (v == null || v.isNull()) return "";
        if (v.isValueNode()) return v.asText();
        if (v.isArray()) {
            boolean plain = true;
            for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) plain &= it.next().isValueNode();
            if (plain) {
                List<String> parts = new ArrayList<>();
                v.elements().forEachRemaining(e -> parts.add(e.asText()));
                return String.join(";", parts);
            }
        }
        return v.toString();
    }
}
