package org.concord.register.application;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's events carry the register's wire records ({@code register/data}) as their payloads (see
 * docs/register-event-payloads.md). This test pins the JSON shape of every register event, down to each nested
 * field and its JSON kind, to {@code golden/register-event-shapes.txt}: a change to an API record that would change
 * what the journal writes (a field renamed, added, removed or retyped) fails here, before it can quietly break the
 * as-of reads of journals already written. The golden samples catch a rename or removal of a field they hold; this
 * catches every field, and additions too.
 */
class RegisterEventShapesTest {
    static final String GOLDEN = "/golden/register-event-shapes.txt";

    @Test
    void the_json_shape_of_every_register_event_is_the_one_pinned_in_the_golden_file() throws IOException {
        List<String> actual = shapes();
        List<String> pinned;
        try (InputStream in = RegisterEventShapesTest.class.getResourceAsStream(GOLDEN)) {
            pinned = in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        if (!actual.equals(pinned)) {
            Path out = Path.of("target", "register-event-shapes.actual.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, actual);
        }
        assertThat(actual).as("""
                        A register event's JSON would change. Its payload is a register/data record that the API shares: \
                        renaming, removing or retyping a field breaks the replay and as-of reads of journals already written. \
                        Keep the field as it is on the event (give the event its own payload record), or add a schema version \
                        with an upcaster and a golden sample; then update %s from target/register-event-shapes.actual.txt""", GOLDEN)
                .containsExactlyElementsOf(pinned);
    }

    @Test
    void a_renamed_nested_field_changes_the_shape() {
        record Lead(String nation, String role) {}
        record Renamed(String nation, String part) {}
        record Doc(List<Lead> leads) {}
        record RenamedDoc(List<Renamed> leads) {}
        assertThat(shape("X", Doc.class)).isNotEqualTo(shape("X", RenamedDoc.class)).contains("X leads[].role string");
    }

    /** One line per event type and JSON path: {@code MissionCreated mission.leads[].role string}, sorted. */
    static List<String> shapes() {
        TreeSet<String> lines = new TreeSet<>();
        for (Class<?> event : RegisterEvent.class.getPermittedSubclasses()) lines.addAll(shape(event.getSimpleName(), event));
        return new ArrayList<>(lines);
    }

    static List<String> shape(String event, Class<?> record) {
        List<String> out = new ArrayList<>();
        walk(event, "", record, out, new ArrayList<>());
        return out;
    }

    private static void walk(String event, String path, Type type, List<String> out, List<Class<?>> stack) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            if (stack.contains(raw)) {
                out.add(event + " " + path + " (recursive " + raw.getSimpleName() + ")");
                return;
            }
            stack.add(raw);
            for (RecordComponent c : raw.getRecordComponents())
                walk(event, path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getGenericType(), out, stack);
            stack.remove(raw);
        } else if (List.class.isAssignableFrom(raw)) {
            walk(event, path + "[]", ((ParameterizedType) type).getActualTypeArguments()[0], out, stack);
        } else if (Map.class.isAssignableFrom(raw)) {
            Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
            walk(event, path + "{}", value, out, stack);
        } else {
            out.add(event + " " + path + " " + kind(raw));
        }
    }

    private static String kind(Class<?> raw) {
        if (raw == String.class || raw.isEnum()) return "string";
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) return "integer";
        if (raw == Double.class || raw == double.class) return "number";
        if (raw == Boolean.class || raw == boolean.class) return "boolean";
        return raw.getName();
    }
}
