package org.concord.store;

import org.concord.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Stored documents: wire records written as JSON, read back and validated into the model. A document is validated when
 * it is written; reading the same stored text again gives the same immutable model value, so it is parsed and
 * validated once per distinct text and then served from memory.
 */
final class Docs {
    private static final int MAX_HELD = 20_000;
    private static final Map<Class<?>, Map<String, Object>> READ = new ConcurrentHashMap<>();

    private Docs() {}

    static String write(Object wire) {
        try {
            return Json.mapper().writeValueAsString(wire);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + wire.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static <D, M> M read(String json, Class<D> type, BiFunction<D, Violations, M> toModel) {
        Map<String, Object> held = READ.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        Object model = held.get(json);
        if (model == null) {
            model = parse(json, type, toModel);
            if (held.size() >= MAX_HELD) held.clear();
            held.put(json, model);
        }
        return (M) model;
    }

    private static <D, M> M parse(String json, Class<D> type, BiFunction<D, Violations, M> toModel) {
        try {
            D data = Json.mapper().readValue(json, type);
            Violations v = new Violations();
            M model = toModel.apply(data, v);
            v.throwIfAny();
            return model;
        } catch (JsonProcessingException | InvalidInput e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " is unreadable: " + e.getMessage(), e);
        }
    }
}
