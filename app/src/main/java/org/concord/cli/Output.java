package org.concord.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concord.json.Json;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Prints rows as an aligned table, JSON or CSV. */
final class Output {
    enum Format { table, json, csv }

    /**
     * Reads {@code --format} for commands that print one record: table or json. Such a command has no CSV form, so csv is
     * refused as picocli refuses any other value, rather than printed as a table or as JSON.
     */
    static final class TableOrJson implements picocli.CommandLine.ITypeConverter<Format> {
        @Override public Format convert(String value) {
            if (value.equals("table") || value.equals("json")) return Format.valueOf(value);
            throw new picocli.CommandLine.TypeConversionException("expected one of [table, json] (case-sensitive) but was '" + value + "'");
        }
    }

    private Output() {}

    static void json(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints {@code rows} under {@code header} in {@code format}; {@code json} is printed for the json format. */
    static void rows(PrintWriter out, Format format, List<String> header, List<List<String>> rows, Object json) {
        switch (format) {
            case json -> json(out, json);
            case csv -> {
                try {
                    CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
                    for (List<String> r : rows) p.printRecord(r);
                    p.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case table -> table(out, header, rows);
        }
    }

    static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) w[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], cell(r, i).length());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < w.length; i++) line.append(i == 0 ? "" : "  ").append(pad(header.get(i), w[i]));
        out.println(line.toString().stripTrailing());
        line.setLength(0);
        for (int i = 0; i < w.length; i++) line.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        out.println(line);
        for (List<String> r : rows) {
            line.setLength(0);
            for (int i = 0; i < w.length; i++) line.append(i == 0 ? "" : "  ").append(pad(cell(r, i), w[i]));
            out.println(line.toString().stripTrailing());
        }
    }

    private static String cell(List<String> r, int i) { return i < r.size() && r.get(i) != null ? r.get(i) : ""; }

    private static String pad(String s, int w) { return s + " ".repeat(Math.max(0, w - s.length())); }
}
