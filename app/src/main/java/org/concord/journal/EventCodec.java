package org.concord.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one codec of journal payloads: events are written as canonical JSON (keys sorted, no white space, no nulls), the
 * form the hash chain covers, and read back from it. Reading goes through {@link #upcast}: an entry whose payload
 * carries a schema version {@code "v"} older than its type's current one is brought up to date before it is bound;
 * an entry without {@code "v"} is version 1 (every entry written so far).
 */
public final class EventCodec {
    /** The payload field that carries a schema version above 1. */
    static final String VERSION_FIELD = "v";
    private final ObjectMapper json;

    /** @param json the mapper events are bound with; it is copied and made canonical */
    EventCodec(ObjectMapper json) {
        this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false);
    }

    ObjectMapper mapper() { return json; }

    /** The canonical JSON of {@code event}: what the journal stores and hashes. */
    String encode(Object event) { return Journal.canonical(json.valueToTree(event)); }

    /** The schema version an entry was written in (1 when its payload names none). */
    static int version(JsonNode payload) {
        return payload.isObject() && payload.has(VERSION_FIELD) ? payload.get(VERSION_FIELD).asInt(1) : 1;
    }

    /**
     * The payload of {@code entry} in the current version of its type: every version ever written is read. There is
     * one version of every type so far, so this only checks that the entry names no version from the future.
     */
    JsonNode upcast(JournalEntry entry) {
        JsonNode payload = tree(entry);
        int v = version(payload);
        if (v != 1) throw new IllegalStateException("journal entry " + entry.seq() + " (" + entry.type() + ") is of schema version " + v
                + ", which this Concord does not know: upgrade it before reading this journal");
        if (payload.isObject() && payload.has(VERSION_FIELD)) ((ObjectNode) payload).remove(VERSION_FIELD);
        return payload;
    }

    /** Reads an entry's payload, upcast to the current version, as {@code type}. */
    public <T> T read(JournalEntry entry, Class<T> type) {
        try {
            return json.treeToValue(upcast(entry), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal entry " + entry.seq() + " (" + entry.type() + ") has an unreadable payload: " + e.getOriginalMessage());
        }
    }

    /** Reads a part of a payload as {@code type}. */
    <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal payload is unreadable as " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    private JsonNode tree(JournalEntry entry) {
        try {
            return json.readTree(entry.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal entry " + entry.seq() + " has an unreadable payload: " + e.getOriginalMessage());
        }
    }
}
