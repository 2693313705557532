package org.concord.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import org.concord.procedure.data.EffectRequest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sealed request types of the wire whose records are told apart by a JSON property ({@code type}): Jackson reads
 * and writes them through a mix-in (the records carry no annotation), and the edges check a body's shape against the
 * record its property names.
 */
public final class WireUnions {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = EffectRequest.DISCRIMINATOR)
    private interface ByType {}

    /**
     * A sealed wire type and its records.
     *
     * @param property the JSON property naming the record
     * @param variants each record by its name, in declaration order
     */
    public record Union(Class<?> type, String property, Map<String, Class<?>> variants) {
        public Union {
            variants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        }
    }

    private static final Map<Class<?>, Union> UNIONS = Map.of(EffectRequest.class, new Union(EffectRequest.class,
            EffectRequest.DISCRIMINATOR, effects()));

    private WireUnions() {}

    /** The union {@code type} is, if it is one. */
    public static Optional<Union> of(Class<?> type) { return Optional.ofNullable(UNIONS.get(type)); }

    private static Map<String, Class<?>> effects() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        Arrays.stream(EffectRequest.Type.values()).forEach(t -> m.put(t.name(), t.record()));
        return m;
    }

    static ObjectMapper register(ObjectMapper mapper) {
        for (Union u : UNIONS.values()) {
            mapper.addMixIn(u.type(), ByType.class);
            u.variants().forEach((name, record) -> mapper.registerSubtypes(new NamedType(record, name)));
        }
        return mapper;
    }
}
