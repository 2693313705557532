package org.concord.register.data;

import org.concord.shared.CalendarDate;
import org.concord.shared.Confidence;
import org.concord.shared.Iso2;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;
import org.concord.shared.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Conversions shared by the wire records: each reports a bad value as a violation of its field and returns null. */
final class Wire {
    /** The public marking: what a record carries unless it says otherwise. */
    static final String PUBLIC = "PUBLIC";

    private Wire() {}

    static String required(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        return value;
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    static <T> T required(Violations v, String field, Object value, Function<String, T> parse) {
        if (value == null) {
            v.add(field, "is required");
            return null;
        }
        return v.parse(field, () -> parse.apply(value.toString()));
    }

    static <T> Optional<T> optional(Violations v, String field, String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) return Optional.empty();
        return Optional.ofNullable(v.parse(field, () -> parse.apply(value)));
    }

    static Iso3 iso3(String text) { return Iso3.of(text); }

    static Iso2 iso2(String text) { return Iso2.of(text); }

    static CalendarDate partial(String text) { return CalendarDate.parse(text); }

    static LocalDate day(String text) {
        if (text == null) throw new IllegalArgumentException("'null' is not a date (YYYY-MM-DD)");
        return CalendarDate.parse(text, CalendarDate.DAYS).first();
    }

    static <E extends Enum<E>> Function<String, E> enumOf(Class<E> type) {
        return s -> {
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + s + "' is not one of " + List.of(type.getEnumConstants()));
            }
        };
    }

    static List<Iso3> isoList(Violations v, String field, List<String> codes) {
        List<Iso3> out = new ArrayList<>();
        if (codes == null) return out;
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i);
            Iso3 iso = v.parse(field + "[" + i + "]", () -> Iso3.of(c));
            if (iso != null) out.add(iso);
        }
        return out;
    }

    static List<String> codes(List<Iso3> list) {
        return list.isEmpty() ? null : list.stream().map(Iso3::code).toList();
    }

    static Provenance provenance(Violations v, String path, List<String> sources, String confidence) {
        Confidence c = confidence == null ? Confidence.RECALLED : v.parse(path + "confidence", () -> enumOf(Confidence.class).apply(confidence));
        List<String> keys = sources == null ? List.of() : sources;
        Provenance p = v.parse(path + "sources", () -> new Provenance(keys, c == null ? Confidence.RECALLED : c));
        return p == null ? Provenance.entered() : p;
    }

    static List<String> sources(Provenance p) { return p.sources().isEmpty() ? null : p.sources(); }

    static String str(Object o) { return o == null ? null : o.toString(); }

    static String str(Optional<?> o) { return o.map(Object::toString).orElse(null); }

    static String prefix(String path) { return path.isEmpty() ? "" : path + "."; }
}
