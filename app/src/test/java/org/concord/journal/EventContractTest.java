package org.concord.journal;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.EventCatalog;
import org.concord.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal's events are a contract: every declared event type and version has a stored sample that the current
 * code reads back unchanged, and only the capability that owns a subject or an event spells its name.
 */
class EventContractTest {
    /** Which capability (package under org/concord) owns each journal subject prefix. */
    static final Map<String, String> SUBJECT_OWNERS = Map.ofEntries(Map.entry("item:", "procedure"), Map.entry("mission:", "register"),
            Map.entry("event:", "register"), Map.entry("member:", "register"), Map.entry("partner:", "register"),
            Map.entry("framework:", "register"), Map.entry("body:", "register"), Map.entry("organisation:", "register"),
            Map.entry("issue:", "forecast"), Map.entry("forecast:", "forecast"), Map.entry("audit:", "access"),
            Map.entry("option:", "options"), Map.entry("risk:", "intel"), Map.entry("review:", "review"));
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern DECLARATION = Pattern.compile("static final String \\w+ = \"(\\w+)\";");

    static Path mainSources() {
        for (Path p : List.of(Path.of("src", "main", "java"), Path.of("app", "src", "main", "java")))
            if (Files.isDirectory(p)) return p;
        throw new IllegalStateException("app/src/main/java is not found from " + Path.of("").toAbsolutePath());
    }

    /** A Java file's code with comments blanked out (string literals kept). */
    static String code(Path file) throws IOException {
        String s = Files.readString(file);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                int j = i + 1;
                if (s.startsWith("\"\"\"", i)) { // a text block: kept whole
                    j = s.indexOf("\"\"\"", i + 3) + 3;
                } else {
                    while (j < s.length() && s.charAt(j) != '"' && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                    j++;
                }
                out.append(s, i, Math.min(j, s.length()));
                i = j;
            } else if (c == '\'' ) {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '\'') j += s.charAt(j) == '\\' ? 2 : 1;
                out.append(s, i, Math.min(j + 1, s.length()));
                i = j + 1;
            } else if (s.startsWith("//", i)) {
                int j = s.indexOf('\n', i);
                i = j < 0 ? s.length() : j;
            } else if (s.startsWith("/*", i)) {
                int j = s.indexOf("*/", i + 2);
                for (char x : s.substring(i, j < 0 ? s.length() : j + 2).toCharArray()) out.append(x == '\n' ? '\n' : ' ');
                i = j < 0 ? s.length() : j + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(mainSources())) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    static String capabilityOf(Path file) {
        Path rel = mainSources().relativize(file);
        return rel.getNameCount() > 3 ? rel.getName(2).toString() : "";
    }

    @Test
    void subject_prefixes_are_spelled_only_in_the_capability_that_owns_the_subject() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path f : javaFiles()) {
            String[] lines = code(f).split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                Matcher m = LITERAL.matcher(lines[n]);
                while (m.find())
                    for (var e : SUBJECT_OWNERS.entrySet())
                        if (m.group(1).startsWith(e.getKey()) && !capabilityOf(f).equals(e.getValue()))
                            offences.add(mainSources().relativize(f) + ":" + (n + 1) + " spells \"" + e.getKey() + "\", which " + e.getValue() + " owns");
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void no_event_type_name_is_written_as_a_literal_outside_its_declaration() throws IOException {
        Set<String> names = EventCatalog.names();
        List<String> offences = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        for (Path f : javaFiles()) {
            String[] lines = code(f).split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                Matcher d = DECLARATION.matcher(lines[n]);
                boolean declaration = d.find() && names.contains(d.group(1));
                if (declaration) declared.add(d.group(1));
                Matcher m = LITERAL.matcher(lines[n]);
                while (m.find())
                    if (names.contains(m.group(1)) && !declaration)
                        offences.add(mainSources().relativize(f) + ":" + (n + 1) + " writes the event type \"" + m.group(1) + "\" as a literal");
            }
        }
        assertThat(offences).isEmpty();
        assertThat(declared).as("every event type is declared once as a constant").isEqualTo(new TreeSet<>(names));
    }

    @Test
    void event_type_names_are_unique_and_every_type_and_version_has_a_golden_sample() throws IOException {
        List<EventType> declared = EventCatalog.declared();
        assertThat(declared.stream().map(EventType::name).distinct().count()).isEqualTo(declared.size());
        Set<String> covered = new TreeSet<>();
        for (JournalEntry e : samples()) covered.add(e.type() + " v" + EventCodec.version(Json.mapper().readTree(e.payload())));
        assertThat(covered).as("every declared event type and version, and only those, has a stored sample (add one to golden/samples.jsonl)")
                .isEqualTo(declared.stream().map(t -> t.name() + " v" + t.version()).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void every_golden_sample_reads_back_as_its_declared_event_and_writes_the_same_payload() throws IOException {
        EventCodec codec = new EventCodec(Json.mapper());
        List<String> changed = new ArrayList<>();
        for (JournalEntry e : samples()) {
            Object event = EventCatalog.decode(codec, e);
            JsonNode stored = Json.mapper().readTree(e.payload());
            if (event instanceof JsonNode) continue; // shown as recorded, never bound
            String again = codec.encode(EventCatalog.payloadOf(event));
            if (!Json.mapper().readTree(again).equals(stored)) changed.add(e.type() + " #" + e.seq() + ": stored " + e.payload() + " but writes " + again);
        }
        assertThat(changed).as("events whose fields changed without a new schema version and an upcaster").isEmpty();
    }

    /** The rows of every golden journal and the hand-kept samples of types no golden journal happens to hold. */
    static List<JournalEntry> samples() throws IOException {
        List<JournalEntry> all = new ArrayList<>();
        for (String commit : GoldenJournalsIT.GOLDEN) all.addAll(GoldenJournalsIT.rows(commit));
        for (String line : GoldenJournalsIT.lines("/golden/samples.jsonl")) {
            JsonNode n = Json.mapper().readTree(line);
            all.add(new JournalEntry(n.get("seq").asLong(), java.time.Instant.parse(n.get("at").asText()), n.get("actor").asText(),
                    n.get("type").asText(), n.get("subject").asText(), n.get("payload").toString(), Journal.GENESIS, Journal.GENESIS));
        }
        return all;
    }
}
