package org.concord.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the anonymous reader sees of a journal entry: who acted by role and nation only, never a user name or a client
 * address, in the actor and in the payload. The hashes stay as stored; verifying the chain is {@code /journal/verify}'s job.
 */
final class Redaction {
    /** A principal as {@code Principal.describe()} writes it: {@code user (ROLE[, NAT])[ from address]}. */
    private static final Pattern DESCRIBED = Pattern.compile("^\\S.* \\(([A-Z_]+(?:, [A-Z]{3})?)\\)(?: from .*)?$");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Redaction() {}

    static JournalEntry forAnonymous(JournalEntry e) {
        return new JournalEntry(e.seq(), e.at(), actor(e.actor()), e.type(), e.subject(), payload(e.payload()), e.prevHash(), e.hash());
    }

    static String actor(String described) {
        Matcher m = DESCRIBED.matcher(described);
        return m.matches() ? "(" + m.group(1) + ")" : "(someone)";
    }

    private static String payload(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return Journal.canonical(scrub(node));
        } catch (java.io.IOException e) {
            return "{}";
        }
    }

    private static JsonNode scrub(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("role") && o.has("user")) o.remove("user");
            o.remove("address");
            for (String key : new String[]{"by", "recordedBy", "createdBy"}) if (o.has(key) && o.get(key).isTextual()) o.put(key, actor(o.get(key).asText()));
            for (Map.Entry<String, JsonNode> f : o.properties()) f.setValue(scrub(f.getValue()));
            return o;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, scrub(node.get(i)));
            return node;
        }
        if (node.isTextual() && DESCRIBED.matcher(node.asText()).matches()) return new TextNode(actor(node.asText()));
        return node;
    }
}
