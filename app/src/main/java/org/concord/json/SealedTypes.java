package org.concord.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;

/**
 * Teaches Jackson the sealed hierarchies of a pure model without annotating it: every sealed interface reachable from
 * a root gets a type property {@code @type} naming the record's simple name.
 */
final class SealedTypes {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
    private interface Polymorphic {}

    private SealedTypes() {}

    static void register(ObjectMapper mapper, Class<?> root) {
        walk(mapper, root, new HashSet<>());
    }

    private static void walk(ObjectMapper mapper, Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            walk(mapper, p.getRawType(), seen);
            for (Type arg : p.getActualTypeArguments()) walk(mapper, arg, seen);
            return;
        }
        if (!(type instanceof Class<?> c) || !seen.add(c) || c.getName().startsWith("java.")) return;
        if (c.isSealed() && c.isInterface()) {
            mapper.addMixIn(c, Polymorphic.class);
            for (Class<?> sub : c.getPermittedSubclasses()) {
                mapper.registerSubtypes(new NamedType(sub, sub.getSimpleName()));
                walk(mapper, sub, seen);
            }
        }
        if (c.isRecord()) for (RecordComponent rc : c.getRecordComponents()) walk(mapper, rc.getGenericType(), seen);
    }
}
