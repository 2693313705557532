package org.concord.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.concord.shared.Principal;
import org.concord.shared.tx.Tx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Records acts in the hash chain. Each entry's hash is SHA-256 of the previous hash, a newline, and the canonical JSON
 * of the envelope {seq, at, actor, type, subject, payload}: keys sorted, no white space, so any change to a stored
 * row, a deletion, an insertion or a reordering breaks the chain at that row.
 */
public final class Journal {
    public static final String GENESIS = "0".repeat(64);
    private final EventCodec codec;
    private final ObjectMapper json;
    private final Clock clock;

    /** @param json the mapper the payload objects are written with; it is copied and made canonical */
    public Journal(ObjectMapper json, Clock clock) {
        this.codec = new EventCodec(json);
        this.json = codec.mapper();
        this.clock = clock;
    }

    /** The codec every payload is written and read with. */
    public EventCodec codec() { return codec; }

    public Clock clock() { return clock; }

    /** Appends one event inside {@code tx}, at the clock's current instant. */
    public JournalEntry record(Tx tx, Principal actor, String type, String subject, Object payload) {
        return record(tx, actor, type, subject, payload, clock.instant());
    }

    /** Appends one event inside {@code tx} at {@code at} (e.g. a silence deadline). */
    public JournalEntry record(Tx tx, Principal actor, String type, String subject, Object payload, Instant when) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS); // what both H2 and PostgreSQL store exactly
        JournalEvents events = tx.repository(JournalEvents.class);
        JournalEvents.Head head = events.lockHead();
        String canonicalPayload = codec.encode(payload);
        long seq = head.seq() + 1;
        String hash = hash(head.hash(), seq, at, actor.describe(), type, subject, canonicalPayload);
        JournalEntry entry = new JournalEntry(seq, at, actor.describe(), type, subject, canonicalPayload, head.hash(), hash);
        events.append(entry);
        return entry;
    }

    /** Reads a payload back as {@code type}, upcast to the current version of its event type. */
    public <T> T payload(JournalEntry entry, Class<T> type) { return codec.read(entry, type); }

    /** Reads a part of a payload back as {@code type}. */
    <T> T payload(JsonNode node, Class<T> type) { return codec.read(node, type); }

    String hash(String prev, long seq, Instant at, String actor, String type, String subject, String canonicalPayload) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("seq", seq);
        envelope.put("at", at.toString());
        envelope.put("actor", actor);
        envelope.put("type", type);
        envelope.put("subject", subject);
        try {
            envelope.set("payload", json.readTree(canonicalPayload));
        } catch (JsonProcessingException e) {
            envelope.put("payload", canonicalPayload); // unparsable payload: hash its text, verification will still catch edits
        }
        return sha256(prev + "\n" + canonical(envelope));
    }

    /** Verifies the whole chain; reports the first entry that does not fit. */
    public Verification verify(Tx tx) {
        JournalEvents events = tx.repository(JournalEvents.class);
        Chain chain = walk(events);
        if (chain.failure() != null) return chain.failure();
        JournalEvents.Head head = events.head();
        if (head.seq() != chain.count() || !head.hash().equals(chain.lastHash()))
            return Verification.broken(Math.min(head.seq(), chain.count()) + 1, "the chain ends at " + chain.count() + " but the head says " + head.seq() + " (rows were deleted at the end)");
        return Verification.intact(chain.count());
    }

    /**
     * Run on start: when every row chains correctly but the head row disagrees with the last row (a commit torn by a
     * crash on a store that was not atomic), moves the head to the last row and journals the repair as
     * {@code JournalHeadRepaired} with what the head said, so the repair is never silent. A broken chain is left
     * alone: that is tampering, and {@link #verify} reports it.
     *
     * @return the repair made, or empty when the head agreed or the chain is broken
     */
    public java.util.Optional<HeadRepaired> repairHead(Tx tx, Principal actor) {
        JournalEvents events = tx.repository(JournalEvents.class);
        JournalEvents.Head head = events.lockHead();
        if (head.equals(events.lastRow())) return java.util.Optional.empty(); // the usual case: no walk on start
        Chain chain = walk(events);
        if (chain.failure() != null || (head.seq() == chain.count() && head.hash().equals(chain.lastHash()))) return java.util.Optional.empty();
        HeadRepaired repair = new HeadRepaired(head.seq(), head.hash(), chain.count(), chain.lastHash());
        events.moveHead(new JournalEvents.Head(chain.count(), chain.lastHash()));
        record(tx, actor, HeadRepaired.TYPE, SUBJECT, repair);
        return java.util.Optional.of(repair);
    }

    /** What a head repair found: the head's seq and hash, and the last row's. */
    public record HeadRepaired(long headSeq, String headHash, long lastRowSeq, String lastRowHash) {
        /** The stable type name a head repair is journaled under. */
        public static final String TYPE = "JournalHeadRepaired";
    }

    /** The journal's own subject (its head repairs). */
    private static final String SUBJECT = "journal";

    /** Every event type the journal itself writes, with the schema version it writes now. */
    public static final java.util.List<EventType> TYPES = java.util.List.of(new EventType(HeadRepaired.TYPE, 1));

    private record Chain(long count, String lastHash, Verification failure) {}

    /**
     * Verifies rows that are not (yet) in a database, e.g. a backup's, against the head that came with them.
     *
     * @param rows feeds the rows in sequence order to the consumer it is given
     */
    public Verification verify(Consumer<Consumer<JournalEntry>> rows, JournalEvents.Head head) {
        Chain chain = walk(rows);
        if (chain.failure() != null) return chain.failure();
        if (head.seq() != chain.count() || !head.hash().equals(chain.lastHash()))
            return Verification.broken(Math.min(head.seq(), chain.count()) + 1, "the chain ends at " + chain.count() + " but the head says " + head.seq() + " (rows were deleted at the end)");
        return Verification.intact(chain.count());
    }

    private Chain walk(JournalEvents events) { return walk(events::forEach); }

    private Chain walk(Consumer<Consumer<JournalEntry>> rows) {
        var state = new Object() {
            long expectedSeq = 1;
            String prev = GENESIS;
            long count = 0;
            Verification failure = null;
        };
        rows.accept(e -> {
            if (state.failure != null) return;
            state.count++;
            if (e.seq() != state.expectedSeq)
                state.failure = Verification.broken(state.expectedSeq, "expected sequence number " + state.expectedSeq + " but found " + e.seq() + " (a row was deleted, inserted or renumbered)");
            else if (!e.prevHash().equals(state.prev))
                state.failure = Verification.broken(e.seq(), "its previous-hash does not match the hash of entry " + (e.seq() - 1));
            else if (!hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.type(), e.subject(), e.payload()).equals(e.hash()))
                state.failure = Verification.broken(e.seq(), "its content does not match its hash (the row was altered)");
            state.expectedSeq = e.seq() + 1;
            state.prev = e.hash();
        });
        return new Chain(state.count, state.prev, state.failure);
    }

    /** The result of a verification: intact with a count, or broken at a sequence number with a reason. */
    public sealed interface Verification {
        static Verification intact(long count) { return new Intact(count); }

        static Verification broken(long seq, String reason) { return new Broken(seq, reason); }

        record Intact(long entries) implements Verification {}

        record Broken(long firstBadSeq, String reason) implements Verification {}
    }

    static String canonical(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb);
        return sb.toString();
    }

    private static void write(JsonNode node, StringBuilder sb) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                if (!f.getValue().isNull()) sorted.put(f.getKey(), f.getValue());
            }
            sb.append('{');
            boolean first = true;
            for (var f : sorted.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                sb.append(quote(f.getKey())).append(':');
                write(f.getValue(), sb);
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) sb.append(',');
                write(node.get(i), sb);
            }
            sb.append(']');
        } else if (node.isTextual()) {
            sb.append(quote(node.textValue()));
        } else {
            sb.append(node.toString());
        }
    }

    private static String quote(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
