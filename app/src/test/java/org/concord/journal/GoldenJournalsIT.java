package org.concord.journal;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.boot.Concord;
import org.concord.boot.EventCatalog;
import org.concord.json.Json;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.concord.web.Server;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journals written by earlier editions of Concord (the golden files under {@code src/test/resources/golden/COMMIT/},
 * see the README there) stay readable: loaded row for row into a fresh database they verify, they replay, and they
 * answer the reads as of every instant the old edition was asked about exactly as it answered them then.
 */
class GoldenJournalsIT {
    static final List<String> GOLDEN = List.of("64e4df8", "20ee975");

    @TestFactory
    Stream<DynamicContainer> every_golden_journal_verifies_replays_and_answers_as_it_did() {
        return GOLDEN.stream().map(commit -> DynamicContainer.dynamicContainer("journal written by " + commit, Stream.of(
                DynamicTest.dynamicTest("its rows verify, read back and answer as the old edition did", () -> check(commit)))));
    }

    static List<JournalEntry> rows(String commit) throws IOException {
        List<JournalEntry> rows = new ArrayList<>();
        for (String line : lines("/golden/" + commit + "/journal.jsonl")) {
            JsonNode n = Json.mapper().readTree(line);
            rows.add(new JournalEntry(n.get("seq").asLong(), Instant.parse(n.get("at").asText()), n.get("actor").asText(), n.get("type").asText(),
                    n.get("subject").asText(), n.get("payload").asText(), n.get("prevHash").asText(), n.get("hash").asText()));
        }
        return rows;
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = GoldenJournalsIT.class.getResourceAsStream(resource)) {
            if (in == null) throw new AssertionError("no test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private void check(String commit) throws IOException {
        List<JournalEntry> rows = rows(commit);
        Instant last = rows.getLast().at();
        Clock clock = Clock.fixed(last.plusSeconds(1), ZoneOffset.UTC);
        String url = TestDatabases.fresh(TestDatabases.Kind.H2);
        try (Concord empty = Fixtures.on(url, TestDatabases.Kind.H2, clock)) {
            empty.transactions().inTransaction(t -> {
                JournalEvents events = t.repository(JournalEvents.class);
                rows.forEach(events::append);
                return null;
            });
            Journal.Verification loaded = empty.transactions().read(t -> empty.journalChain().verify(t));
            assertThat((Object) loaded).isEqualTo(Journal.Verification.intact(rows.size()));
            // the item index rows the old store kept beside its journal (id, status, version, marking), without the
            // item state: exactly what a database migrated from an older Concord holds before its items are replayed
            for (String line : lines("/golden/" + commit + "/items.jsonl")) {
                JsonNode i = Json.mapper().readTree(line);
                empty.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO decision_item (id, status, version, silence_deadline, subject, "
                                + "classification, created_seq) VALUES (:id, :status, :version, :deadline, :subject, :classification, :seq)")
                        .bind("id", i.get("id").asText()).bind("status", i.get("status").asText()).bind("version", i.get("version").asLong())
                        .bind("deadline", i.has("silenceDeadline") ? java.time.OffsetDateTime.parse(i.get("silenceDeadline").asText()) : null)
                        .bind("subject", i.get("subject").asText()).bind("classification", i.get("classification").asText())
                        .bind("seq", i.get("createdSeq").asLong()).execute());
            }
            // the register's tables are rebuilt from its entries alone
            assertThat(empty.register().replayFromJournal(org.concord.shared.Principal.system())).isPositive();
            // every stored row reads back through the codec as its declared event
            empty.transactions().read(t -> {
                for (JournalEntry e : rows) EventCatalog.decode(empty, e);
                return null;
            });
        }
        // a restart replays every item from its events into the projection
        try (Concord c = Fixtures.on(url, TestDatabases.Kind.H2, clock); Server server = Server.create(c, "test").start("127.0.0.1", 0)) {
            // Opening it also repaired what the old edition leaked: the mission g-new, launched by the NATO UNCLASSIFIED
            // item g-launch, had been stored without a marking (public); it is raised to the item's, journaled once.
            Journal.Verification replayed = c.transactions().read(t -> c.journalChain().verify(t));
            assertThat((Object) replayed).isEqualTo(Journal.Verification.intact(rows.size() + 1));
            List<JournalEntry> added = c.transactions().read(t -> t.repository(JournalEvents.class)
                    .list(Optional.empty(), Optional.empty(), rows.size(), 10));
            assertThat(added).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("MissionUpdatedByDecision");
                assertThat(e.subject()).isEqualTo("mission:g-new");
                assertThat(Json.mapper().readTree(e.payload()).path("decision").asText()).isEqualTo("g-launch");
                assertThat(Json.mapper().readTree(e.payload()).path("record").path("classification").asText()).isEqualTo("NATO UNCLASSIFIED");
            });
            Http http = Http.withToken(server.port(), Fixtures.token(c, "golden-reader", org.concord.shared.Role.CHAIR, null, "NATO SECRET"));
            List<String> differences = new ArrayList<>();
            for (String line : lines("/golden/" + commit + "/expected-asof.jsonl")) {
                JsonNode x = Json.mapper().readTree(line);
                String at = URLEncoder.encode(x.get("asOf").asText(), StandardCharsets.UTF_8);
                String path = switch (x.get("kind").asText()) {
                    case "item" -> "/api/v1/items/" + x.get("id").asText() + "?recordedAt=" + at;
                    case "missions" -> "/api/v1/missions?limit=200&recordedAt=" + at;
                    case "events" -> "/api/v1/events?limit=200&recordedAt=" + at;
                    default -> throw new AssertionError("unknown expectation " + line);
                };
                compare(path, x.get("body"), http.get(path).json(), differences);
            }
            // the register as replayed now is the register as the old edition left it
            compare("/api/v1/missions", lines("/golden/" + commit + "/expected-asof.jsonl").stream().map(GoldenJournalsIT::tree)
                    .filter(x -> x.get("kind").asText().equals("missions")).reduce((a, b) -> b).orElseThrow().get("body"),
                    http.get("/api/v1/missions?limit=200").json(), differences);
            for (String line : lines("/golden/" + commit + "/expected-current.jsonl")) {
                JsonNode x = Json.mapper().readTree(line);
                String path = "/api/v1/items/" + x.get("id").asText();
                compare(path, x.get("body"), http.get(path).json(), differences);
            }
            assertThat(differences).as("answers that differ from what %s answered", commit).isEmpty();
        }
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every field the old edition showed is shown with the same value (fields added since are not compared). */
    static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                out.add(path + ": expected an object, got " + abbreviate(actual));
                return;
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!actual.has(f)) out.add(path + "." + f + ": missing (was " + abbreviate(expected.get(f)) + ")");
                else if (f.equals("leadNations") && actual.has("leads") && !expected.get(f).equals(actual.get(f))) {
                    // Issue 16 dated the lead roles on purpose: leadNations now names the nations leading on the read
                    // date, where the first editions named every lead nation. The journal's data must still all be
                    // there: the nations the old edition named are those of the dated leads now.
                    List<String> was = new ArrayList<>(), leads = new ArrayList<>();
                    expected.get(f).forEach(n -> was.add(n.asText()));
                    actual.get("leads").forEach(l -> { if (!leads.contains(l.path("nation").asText())) leads.add(l.path("nation").asText()); });
                    if (!was.equals(leads)) out.add(path + ".leadNations: was " + was + ", the nations of leads are now " + leads);
                } else compare(path + "." + f, expected.get(f), actual.get(f), out);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                out.add(path + ": expected " + expected.size() + " elements, got " + abbreviate(actual));
                return;
            }
            for (int i = 0; i < expected.size(); i++) compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) out.add(path + ": expected " + expected + ", got " + actual);
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + abbreviate(expected) + ", got " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = String.valueOf(n);
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
