package org.concord.boot;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.shared.Confidence;
import org.concord.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference notes in {@code ../shared/reference} (beside the clone, as CI places them) and the built-in data files,
 * read as YAML trees for the checks that keep the built-in register true to its references.
 */
final class ReferenceData {
    static final Pattern CITED = Pattern.compile("\\[(S\\d+[a-z]?)]");

    private ReferenceData() {}

    /** {@code ../shared/reference/NAME}, from the repository root or the module directory. */
    static Path file(String name) {
        for (Path dir : List.of(Path.of("..", "shared", "reference"), Path.of("..", "..", "shared", "reference")))
            if (Files.isRegularFile(dir.resolve(name))) return dir.resolve(name);
        throw new IllegalStateException("../shared/reference/" + name + " is not found from " + Path.of("").toAbsolutePath());
    }

    static JsonNode referenceYaml() {
        try {
            return Json.yaml().readTree(file("nato-reference.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String referenceNotes() {
        try {
            return Files.readString(file("nato-facts.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A built-in data file from the classpath ({@link DataFiles#BUILT_IN}, {@link DataFiles#BUILT_IN_QUESTIONS}). */
    static JsonNode builtIn(String resource) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath");
            return Json.yaml().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source keys the reference lists: the keys of {@code sources} in the YAML and of the table in section 8 of the notes. */
    static Set<String> referenceKeys(JsonNode reference, String notes) {
        Set<String> yaml = new TreeSet<>();
        reference.get("sources").fieldNames().forEachRemaining(yaml::add);
        Set<String> md = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| (S\\d+[a-z]?) \\| ").matcher(notes);
        while (m.find()) md.add(m.group(1));
        Set<String> both = new TreeSet<>(yaml);
        both.retainAll(md);
        return both;
    }

    /** A fact of a data file: where it is, its source keys, and its grade (its own or the nearest enclosing one). */
    record Fact(String path, List<String> keys, Optional<Confidence> grade) {}

    /**
     * Every object in {@code tree} that carries a non-empty source list (field {@code sourceField}, or any field ending
     * in {@code _source_ids} when {@code sourceField} is {@code source_ids}), with the grade that applies to it.
     */
    static List<Fact> facts(JsonNode tree, String sourceField) {
        List<Fact> out = new ArrayList<>();
        walk(tree, "", Optional.empty(), sourceField, out);
        return out;
    }

    private static void walk(JsonNode node, String path, Optional<Confidence> inherited, String sourceField, List<Fact> out) {
        if (node.isObject()) {
            Optional<Confidence> grade = node.hasNonNull("confidence") ? confidence(node.get("confidence").asText()) : inherited;
            if (grade.isEmpty() && node.hasNonNull("confidence")) grade = inherited;
            List<String> keys = new ArrayList<>();
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                boolean isSources = f.getKey().equals(sourceField) || (sourceField.equals("source_ids") && f.getKey().endsWith("_source_ids"));
                if (isSources && f.getValue().isArray()) f.getValue().forEach(k -> keys.add(k.asText()));
            }
            if (!keys.isEmpty()) out.add(new Fact(path, keys, grade));
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                walk(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), grade, sourceField, out);
            }
        } else if (node.isArray())
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", inherited, sourceField, out);
    }

    /** Every {@code [Sxx]} citation inside the text values of {@code tree}, with the path of the text. */
    static Map<String, Set<String>> citations(JsonNode tree) {
        Map<String, Set<String>> out = new HashMap<>();
        citations(tree, "", out);
        return out;
    }

    private static void citations(JsonNode node, String path, Map<String, Set<String>> out) {
        if (node.isTextual()) {
            Matcher m = CITED.matcher(node.asText());
            while (m.find()) out.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(path);
        } else if (node.isObject())
            node.properties().forEach(f -> citations(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), out));
        else if (node.isArray())
            for (int i = 0; i < node.size(); i++) citations(node.get(i), path + "[" + i + "]", out);
    }

    /** A grade as the YAML writes it ({@code PRIMARY} ...) or as the notes' tables write it ({@code P}, {@code P/S}, {@code S/L} ...). */
    static Optional<Confidence> confidence(String text) {
        return switch (text.trim()) {
            case "PRIMARY", "P", "P/S" -> Optional.of(Confidence.PRIMARY);
            case "SECONDARY", "S" -> Optional.of(Confidence.SECONDARY);
            case "LOW", "L", "S/L" -> Optional.of(Confidence.LOW);
            case "RECALLED", "R" -> Optional.of(Confidence.RECALLED);
            default -> Optional.empty();
        };
    }

    /** Whether {@code a} is a higher grade than {@code b} (PRIMARY highest, RECALLED lowest). */
    static boolean higher(Confidence a, Confidence b) { return a.ordinal() < b.ordinal(); }
}
