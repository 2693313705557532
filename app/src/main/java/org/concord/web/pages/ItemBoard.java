package org.concord.web.pages;

import org.concord.procedure.application.ProcedureEvents;
import org.concord.procedure.model.ProcedureEvent;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.access.AccessService;
import org.concord.access.model.ActionKind;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalService;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.model.ActForm;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.Level;
import org.concord.procedure.model.PositionKind;
import org.concord.register.application.RegisterService;
import org.concord.register.data.MemberData;
import org.concord.shared.Forbidden;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.json.Json;
import org.concord.web.pages.ItemPage.Cell;
import org.concord.web.pages.ItemPage.Option;
import org.concord.web.pages.ItemPage.Segment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds an item's consensus board from the application services, as the viewer may see it. */
final class ItemBoard {
    private final RegisterService register;
    private final ProcedureService procedure;
    private final JournalService journal;
    private final AccessService access;
    private final Clock clock;

    ItemBoard(RegisterService register, ProcedureService procedure, JournalService journal, AccessService access, Clock clock) {
        this.register = register;
        this.procedure = procedure;
        this.journal = journal;
        this.access = access;
        this.clock = clock;
    }

    /** @throws org.concord.shared.NotFound if the item does not exist or is hidden from the viewer */
    ItemPage page(Principal who, Viewer viewer, ItemId id, ItemPage.Notice notice) {
        ItemView v = procedure.show(who, id, Optional.empty());
        List<Iso3> required = procedure.requiredMembers(who, id, Optional.empty());
        Map<String, String> names = register.members(who, Optional.empty()).stream().map(MemberData::from)
                .collect(Collectors.toMap(MemberData::iso3, MemberData::name, (a, b) -> a));
        Map<String, ItemView.PositionView> standing = new LinkedHashMap<>();
        for (ItemView.PositionView p : v.positions()) standing.put(p.member(), p);
        List<String> blocking = v.consensus() == null || v.consensus().blocking() == null ? List.of() : v.consensus().blocking();
        List<String> breakers = v.silence() == null ? List.of() : v.silence().breakers();
        List<Cell> cells = new ArrayList<>();
        for (Iso3 m : required) cells.add(cell(m.code(), names.getOrDefault(m.code(), m.code()), standing.get(m.code()),
                blocking.contains(m.code()), breakers.contains(m.code()) && v.silence().number() > 0));
        Map<String, ItemPage.Tally> tally = new LinkedHashMap<>();
        for (Cell c : cells) tally.merge(c.word(), new ItemPage.Tally(c.word(), 1, c.tone()), (a, b) -> new ItemPage.Tally(a.word(), a.count() + 1, a.tone()));
        boolean open = !v.sealed() && !"ADOPTED".equals(v.status()) && !"WITHDRAWN".equals(v.status());
        var timeline = timeline(who, id);
        var changes = v.adoption() == null ? List.<ItemPage.Change>of() : new EffectChanges(journal).changes(who, v.id(), v.effect());
        return new ItemPage(viewer, v.id(), v.subject(), v.classification(), v.body(), v.level(), v.proposer(), v.status(), v.version(), v.sealed(),
                consensus(v), !blocking.isEmpty(), effect(v.effect(), names), changes,
                v.adoption() == null ? null : changes.isEmpty() ? "The adoption changed no register record." : null,
                v.texts().stream().map(t -> new ItemPage.Text(t.number(), t.text())).toList(), cells, List.copyOf(tally.values()),
                silence(v.silence()), adoption(v.adoption()), timeline.acts(), timeline.note(),
                forms(who, v, open, required, standing), notice, v.reopenedFrom(), "/items/" + v.id() + "/live?version=" + v.version()
                        + (viewer.signedIn() ? "&as=" + java.net.URLEncoder.encode(viewer.name(), java.nio.charset.StandardCharsets.UTF_8) : ""),
                access.allows(who, ActionKind.RUN_FORECAST, Optional.empty()), null);
    }

    static String consensus(ItemView v) {
        ItemView.ConsensusView c = v.consensus();
        if (c == null) return Display.NONE;
        if ("ADOPTED".equals(v.status())) return "Adopted";
        if ("WITHDRAWN".equals(v.status())) return "Withdrawn";
        if (c.reached()) return "Nothing blocks: the chair may note consensus";
        if (c.blocking() != null && !c.blocking().isEmpty()) return "Blocked by " + String.join(", ", c.blocking()) + (c.rule() == null ? "" : " (" + c.rule() + ")");
        return Display.text(c.reason());
    }

    private static Cell cell(String member, String name, ItemView.PositionView p, boolean blocks, boolean brokeSilence) {
        if (p == null) return new Cell(member, name, "·", "no position", "none", brokeSilence ? "broke silence" : null, null, blocks, brokeSilence);
        String detail = switch (p.position()) {
            case "OBJECTION" -> p.fromLevel() == null ? null : "from " + Labels.level(p.fromLevel()) + " level up";
            case "SUPPORT_WITH_STATEMENT" -> "footnote" + (p.clause() == null ? "" : " on " + p.clause()) + ": " + p.footnote();
            case "NON_PARTICIPATING" -> p.terms();
            default -> null;
        };
        if (p.reference() != null) detail = (detail == null ? "" : detail + "; ") + Labels.act(p.act()) + " " + p.reference();
        if (brokeSilence) detail = (detail == null ? "" : detail + "; ") + "broke silence";
        return new Cell(member, name, Labels.symbol(p.position()), Labels.position(p.position()), Labels.tone(p.position()), detail,
                Display.instant(p.at()), blocks, brokeSilence);
    }

    /** The effect in words, with links to the records it changes. */
    static List<Segment> effect(EffectRequest e, Map<String, String> names) {
        if (e == null) return List.of(new Segment("No effect recorded.", null));
        List<Segment> s = new ArrayList<>();
        Function<String, Segment> mission = id -> new Segment("mission " + id, "/missions/" + id);
        Function<String, Segment> event = id -> new Segment("event " + id, "/events/" + id);
        Function<String, Segment> partner = iso -> new Segment(iso, "/partners#" + iso);
        switch (e) {
            case EffectRequest.LaunchMission x -> s.addAll(List.of(new Segment("Launches ", null), mission.apply(x.mission()),
                    new Segment(" (" + Display.text(x.name()) + ") from " + Display.text(x.start()) + ", with the mandate: " + Display.text(x.mandate()), null)));
            case EffectRequest.ExtendMission x -> s.addAll(List.of(new Segment("Extends ", null), mission.apply(x.mission()), new Segment(" to " + x.newEnd() + ".", null)));
            case EffectRequest.ChangeMandate x -> s.addAll(List.of(new Segment("Changes the mandate of ", null), mission.apply(x.mission()), new Segment(" to: " + x.text(), null)));
            case EffectRequest.ReduceMission x -> s.addAll(List.of(new Segment("Reduces ", null), mission.apply(x.mission()),
                    new Segment((x.targetStrength() == null ? "" : " to " + x.targetStrength() + " personnel") + (x.byDate() == null ? "" : " by " + x.byDate()) + ".", null)));
            case EffectRequest.TerminateMission x -> s.addAll(List.of(new Segment("Terminates ", null), mission.apply(x.mission()), new Segment(" by " + x.endDate() + ".", null)));
            case EffectRequest.InvitePartner x -> s.addAll(List.of(new Segment("Invites ", null), partner.apply(x.partner()),
                    new Segment(" to session " + x.session() + " of ", null), event.apply(x.event()),
                    new Segment(" at " + Labels.level(x.level()) + " level (" + Display.text(x.formality()).toLowerCase() + ").", null)));
            case EffectRequest.ExcludePartner x -> s.addAll(List.of(new Segment("Excludes ", null), partner.apply(x.partner()),
                    new Segment(" from session " + x.session() + " of ", null), event.apply(x.event()), new Segment(".", null)));
            case EffectRequest.ExcludePartners x -> {
                s.add(new Segment("Excludes ", null));
                List<String> ps = x.partners() == null ? List.of() : x.partners();
                for (int i = 0; i < ps.size(); i++) {
                    if (i > 0) s.add(new Segment(", ", null));
                    s.add(partner.apply(ps.get(i)));
                }
                s.addAll(List.of(new Segment(" from session " + x.session() + " of ", null), event.apply(x.event()), new Segment(".", null)));
            }
            case EffectRequest.HoldEvent x -> s.addAll(List.of(new Segment("Holds ", null), event.apply(x.event()), new Segment(".", null)));
            case EffectRequest.CancelEvent x -> s.addAll(List.of(new Segment("Cancels ", null), event.apply(x.event()), new Segment(".", null)));
            case EffectRequest.AdoptStatement x -> s.add(new Segment("Adopts the statement: " + x.text(), null));
        }
        return s;
    }

    private ItemPage.Silence silence(ItemView.SilenceView s) {
        if (s == null) return null;
        boolean running = "RUNNING".equals(s.phase());
        return new ItemPage.Silence(s.number(), s.textVersion(), Display.instant(s.openedAt()), Display.instant(s.deadline()),
                running ? countdown(s.deadline()) : null, Labels.words(s.phase()), Display.list(s.breakers()), running,
                s.deadline().toString(), running ? leftMs(s.deadline()) : null);
    }

    /** Milliseconds from now to {@code deadline} (negative once it passed): what the page's countdown ticks down from. */
    long leftMs(Instant deadline) { return Duration.between(clock.instant(), deadline).toMillis(); }

    /** "in 2 d 4 h" or "passed 3 h ago": the time left when the page was made. */
    String countdown(Instant deadline) {
        Duration d = Duration.between(clock.instant(), deadline);
        boolean past = d.isNegative();
        d = d.abs();
        String span = d.toDays() > 0 ? d.toDays() + " d " + d.toHoursPart() + " h" : d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
        return past ? "passed " + span + " ago" : "in " + span;
    }

    private static ItemPage.Adoption adoption(ItemView.AdoptionView a) {
        if (a == null) return null;
        return new ItemPage.Adoption(Display.instant(a.adoptedAt()), a.basis(),
                a.footnotes().stream().map(f -> new ItemPage.Footnote(f.member(), f.text(), f.clause(), f.textVersion())).toList(),
                a.exemptions().stream().map(x -> x.member() + ": " + Labels.words(x.kind()) + (x.terms() == null ? "" : " (" + x.terms() + ")")).toList());
    }

    record Timeline(List<ItemPage.Act> acts, String note) {}

    private Timeline timeline(Principal who, ItemId id) {
        List<JournalEntry> entries;
        try {
            entries = journal.list(who, Optional.of(ProcedureEvents.subject(id)), Optional.empty(), 0, 1000);
        } catch (Forbidden f) {
            return new Timeline(List.of(), "Your role does not read the journal; the standing positions above are the item's current state.");
        }
        return new Timeline(entries.stream().map(ItemBoard::act).toList(), null);
    }

    static ItemPage.Act act(JournalEntry e) {
        JsonNode p;
        try {
            p = Json.mapper().readTree(e.payload());
        } catch (Exception ex) {
            p = Json.mapper().createObjectNode();
        }
        String member = text(p, "member");
        List<String> parts = new ArrayList<>();
        String tone = "neutral";
        switch (e.type()) {
            case ProcedureEvent.PositionRecorded.TYPE -> {
                JsonNode pos = p.path("position");
                String kind = firstText(pos, "kind", "type", "@type");
                if (kind == null && pos.isTextual()) kind = pos.asText();
                kind = kind == null ? null : Labels.kindOf(kind);
                parts.add(member + ": " + (kind == null ? "position" : Labels.position(kind)));
                if (kind != null) tone = Labels.tone(kind);
                String from = firstText(pos, "fromLevel");
                if ("OBJECTION".equals(kind) && from != null) parts.add("from " + Labels.level(from) + " level up");
                JsonNode fn = pos.path("footnote");
                if (fn.isObject() && fn.has("text")) parts.add("footnote: " + fn.get("text").asText());
                String terms = firstText(pos, "terms");
                if (terms != null) parts.add(terms);
            }
            case ProcedureEvent.SilenceOpened.TYPE -> parts.add("deadline " + Display.instant(instant(text(p, "deadline"))));
            case ProcedureEvent.SilenceBroken.TYPE, ProcedureEvent.LateSilenceBreakLogged.TYPE, ProcedureEvent.FootnoteWithdrawn.TYPE, ProcedureEvent.MemberExcluded.TYPE -> parts.add(member);
            case ProcedureEvent.ItemMovedToBody.TYPE -> parts.add("from " + text(p, "from") + " to " + text(p, "to"));
            case ProcedureEvent.ItemWithdrawn.TYPE, ProcedureEvent.SilenceCancelled.TYPE -> parts.add(Display.text(text(p, "reason")));
            case ProcedureEvent.SilenceClosed.TYPE -> parts.add(Labels.words(Display.text(text(p, "outcome"))));
            case ProcedureEvent.TextVersionAdded.TYPE -> parts.add("text " + p.path("version").path("number").asText(""));
            case ProcedureEvent.SubjectRevised.TYPE -> parts.add("subject now: " + Display.text(text(p, "subject")) + "; " + Display.text(text(p, "reason")));
            case ProcedureEvent.ItemAdopted.TYPE -> tone = "support";
            default -> { }
        }
        JsonNode act = p.path("act");
        if (act.isObject()) {
            String ref = text(act, "reference");
            String form = text(act, "form");
            if (form != null) parts.add(Labels.act(form) + (ref == null ? "" : " " + ref));
        }
        String rule = firstText(p, "rule");
        if (rule != null) parts.add(rule);
        parts.removeIf(x -> x == null || x.isBlank());
        return new ItemPage.Act(e.seq(), Display.instant(e.at()), e.actor(), Labels.event(e.type()), String.join("; ", parts), tone);
    }

    private static Instant instant(String s) {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static String firstText(JsonNode n, String... fields) {
        for (String f : fields) {
            String t = text(n, f);
            if (t != null) return t;
        }
        return null;
    }

    private ItemPage.Forms forms(Principal who, ItemView v, boolean notClosed, List<Iso3> required, Map<String, ItemView.PositionView> standing) {
        boolean draft = "DRAFT".equals(v.status()); // a draft takes no position, no silence, no adoption until raised
        boolean open = notClosed && !draft;
        Optional<Iso3> nation = who.nation().filter(required::contains);
        boolean delegation = open && nation.isPresent() && access.allows(who, ActionKind.RECORD_POSITION, nation);
        boolean breakable = delegation && v.silence() != null && "RUNNING".equals(v.silence().phase())
                && !v.silence().breakers().contains(nation.get().code()) && access.allows(who, ActionKind.BREAK_SILENCE, nation);
        boolean footnote = delegation && standing.containsKey(nation.get().code())
                && "SUPPORT_WITH_STATEMENT".equals(standing.get(nation.get().code()).position());
        boolean chair = access.allows(who, ActionKind.OPEN_SILENCE, Optional.empty());
        boolean silenceRunning = v.silence() != null && "RUNNING".equals(v.silence().phase());
        List<Option> positions = Arrays.stream(PositionKind.values()).filter(k -> k != PositionKind.UNKNOWN)
                .map(k -> new Option(k.name(), Labels.symbol(k.name()) + " " + Labels.position(k.name()))).toList();
        List<Option> levels = Arrays.stream(Level.values()).map(l -> new Option(l.name(), Labels.level(l.name()))).toList();
        List<Option> acts = Arrays.stream(ActForm.values()).filter(a -> a != ActForm.TACIT_AT_SILENCE_DEADLINE)
                .map(a -> new Option(a.name(), Labels.act(a.name()))).toList();
        List<Option> bodies = register.bodies(who).stream().map(b -> new Option(b.id().value(), b.id().value() + " — " + b.name())).toList();
        String deadline = LocalDate.now(clock).plusDays(2).atTime(12, 0).toString();
        return new ItemPage.Forms(delegation ? nation.get().code() : null, delegation, breakable, footnote,
                chair && open && !silenceRunning, chair && open, chair && notClosed, chair && open, chair && v.sealed(),
                positions, levels, acts, bodies, deadline, chair && draft && notClosed);
    }

    /** For lists: the cell words of a standing position (used by the home page too). */
    static String positionWord(ItemView.PositionView p) { return p == null ? "no position" : Labels.position(p.position()); }

    static Instant truncate(Instant i) { return i.truncatedTo(ChronoUnit.SECONDS); }
}
