package org.concord.journal;

import java.util.Objects;

/**
 * One kind of journal event as a contract: its stable type name (never a Java class name that a refactoring may
 * change) and the schema version new entries of it are written in. Entries carry no version field while their type
 * is at version 1; an entry of a later version carries {@code "v"} in its payload, and {@link EventCodec} upcasts
 * every older version it reads to the current one.
 *
 * @param name    the type name, e.g. {@code MissionCreated}
 * @param version the current schema version, from 1
 */
public record EventType(String name, int version) {
    public EventType {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Z][A-Za-z]+")) throw new IllegalArgumentException("an event type name is a past-tense word in UpperCamelCase, got '" + name + "'");
        if (version < 1) throw new IllegalArgumentException("version must be at least 1, got " + version);
    }
}
