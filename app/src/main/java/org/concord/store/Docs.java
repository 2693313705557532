package org.concord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violations;

import java.util.function.BiFunction;

/** Stored documents: wire records written as JSON, read back and validated into the model. */
final class Docs {
    private Docs() {}

    static String write(Object wire) {
        try {
            return Json.mapper().writeValueAsString(wire);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + wire.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    static <D, M> M read(String json, Class<D> type, BiFunction<D, Violations, M> toModel) {
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
