package org.concord.register.application;

import org.concord.access.AccessControl;
import org.concord.access.model.ActionKind;
import org.concord.journal.Journal;
import org.concord.register.data.BodyData;
import org.concord.register.data.CorrectionsFile;
import org.concord.register.data.EventData;
import org.concord.register.data.FrameworkData;
import org.concord.register.data.MemberData;
import org.concord.register.data.MissionData;
import org.concord.register.data.OrganisationData;
import org.concord.register.data.PartnerData;
import org.concord.register.data.RegisterFile;
import org.concord.register.model.Bodies;
import org.concord.register.model.Body;
import org.concord.register.model.CoreTask;
import org.concord.register.model.Event;
import org.concord.register.model.EventId;
import org.concord.register.model.Events;
import org.concord.register.model.Framework;
import org.concord.register.model.Member;
import org.concord.register.model.Members;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.register.model.Missions;
import org.concord.register.model.Organisation;
import org.concord.register.model.Partner;
import org.concord.register.model.Partners;
import org.concord.register.model.RegisterSettings;
import org.concord.shared.Conflict;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Violations;
import org.concord.shared.tx.Transactions;
import org.concord.shared.tx.Tx;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The register's use cases. Every call names who acts; every write is one transaction with its journal event. */
public final class RegisterService {
    private final Transactions tx;
    private final Journal journal;
    private final RegisterHistory history;
    private final AccessControl access;

    public RegisterService(Transactions tx, Journal journal, AccessControl access) {
        this.tx = tx;
        this.journal = journal;
        this.history = new RegisterHistory(journal);
        this.access = access;
    }

    /** Members on {@code asOf} (today when empty), in accession order. */
    public List<Member> members(Principal who, Optional<LocalDate> asOf) {
        LocalDate day = asOf.orElseGet(() -> LocalDate.now(journal.clock()));
        return tx.read(t -> t.repository(Members.class).all()).stream().filter(m -> m.memberOn(day)).toList();
    }

    /** @throws NotFound if no member has this code */
    public Member member(Principal who, Iso3 iso3) {
        return tx.read(t -> t.repository(Members.class).find(iso3)).orElseThrow(() -> access.notFound(who, "member", iso3));
    }

    public List<Partner> partners(Principal who) { return tx.read(t -> t.repository(Partners.class).all()); }

    public List<Framework> frameworks(Principal who) { return tx.read(t -> t.repository(Partners.class).frameworks()); }

    public List<Body> bodies(Principal who) { return tx.read(t -> t.repository(Bodies.class).all()); }

    public List<Mission> missions(Principal who, Optional<MissionStatus> status, Optional<CoreTask> coreTask) {
        return access.visible(who, tx.read(t -> t.repository(Missions.class).list(status, coreTask)), Mission::classification);
    }

    /**
     * The missions as the register recorded them at {@code at} (from the journal), filtered as {@link #missions}, and by
     * their marking now too: a mission raised above the reader since is hidden from its past as from its present.
     */
    public List<Mission> missionsAsRecorded(Principal who, java.time.Instant at, Optional<MissionStatus> status, Optional<CoreTask> coreTask) {
        java.util.Set<MissionId> hiddenNow = tx.read(t -> t.repository(Missions.class).list(Optional.empty(), Optional.empty())).stream()
                .filter(m -> !access.canSee(who, m.classification())).map(Mission::id).collect(java.util.stream.Collectors.toSet());
        return access.visible(who, tx.read(t -> history.missions(t, at)).stream().filter(m -> !hiddenNow.contains(m.id()))
                .filter(m -> status.map(s -> s == m.status()).orElse(true) && coreTask.map(c -> c == m.coreTask()).orElse(true)).toList(),
                Mission::classification);
    }

    /** One mission as the register recorded it at {@code at}. @throws NotFound if it did not exist then, or it is hidden then or now */
    public Mission missionAsRecorded(Principal who, MissionId id, java.time.Instant at) {
        boolean hiddenNow = tx.read(t -> t.repository(Missions.class).find(id)).filter(m -> !access.canSee(who, m.classification())).isPresent();
        return tx.read(t -> history.missions(t, at)).stream().filter(m -> m.id().equals(id)).findFirst()
                .filter(m -> !hiddenNow && access.canSee(who, m.classification()))
                .orElseThrow(() -> access.notFound(who, "mission", id + " (as of " + at + ")"));
    }

    /** The events as the register recorded them at {@code at}, filtered by their marking then and now. */
    public List<Event> eventsAsRecorded(Principal who, java.time.Instant at) {
        java.util.Set<EventId> hiddenNow = tx.read(t -> t.repository(Events.class).all()).stream()
                .filter(e -> !access.canSee(who, e.classification())).map(Event::id).collect(java.util.stream.Collectors.toSet());
        return access.visible(who, tx.read(t -> history.events(t, at)).stream().filter(e -> !hiddenNow.contains(e.id())).toList(), Event::classification);
    }

    /** One event as the register recorded it at {@code at}. @throws NotFound if it did not exist then, or it is hidden then or now */
    public Event eventAsRecorded(Principal who, EventId id, java.time.Instant at) {
        boolean hiddenNow = tx.read(t -> t.repository(Events.class).find(id)).filter(e -> !access.canSee(who, e.classification())).isPresent();
        return tx.read(t -> history.events(t, at)).stream().filter(e -> e.id().equals(id)).findFirst()
                .filter(e -> !hiddenNow && access.canSee(who, e.classification()))
                .orElseThrow(() -> access.notFound(who, "event", id + " (as of " + at + ")"));
    }

    /**
     * The marking now of the mission or event a journal subject names ({@code mission:ID}, {@code event:ID}); empty for
     * another subject or a record that is not in the register.
     */
    public Optional<String> markingNow(String subject) {
        if (!RegisterEvents.isMarkedRecord(subject)) return Optional.empty();
        String id = subject.substring(subject.indexOf(':') + 1);
        try {
            return subject.startsWith(RegisterEvents.missionPrefix())
                    ? tx.read(t -> t.repository(Missions.class).find(MissionId.of(id))).map(m -> m.classification() == null ? "PUBLIC" : m.classification())
                    : tx.read(t -> t.repository(Events.class).find(EventId.of(id))).map(e -> e.classification() == null ? "PUBLIC" : e.classification());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** What the launch of a mission by an adopted decision is recognised by in its first journal entry. */
    static final String LAUNCHED_BY = "mission launched by Council decision ";

    /**
     * A mission launched by adopting a decision item was stored PUBLIC, whatever the item's marking, before launches
     * carried it (fixed in 6a328fd): its name, mandate and the item's id were readable by anyone. This raises each such
     * mission to the marking of the item that launched it, where the launch set its marking below the item's and nobody
     * has set its marking since (a marking a person chose later stands); each raise is journaled as an update by that
     * decision. Idempotent: a raised mission no longer has the marking it was launched with.
     *
     * @param itemMarking the marking an item has (its own, as the procedure keeps it), by item id
     * @return the missions raised, with the marking each got
     */
    public java.util.Map<MissionId, String> raiseLeakedLaunches(Principal system, java.util.function.Function<String, Optional<String>> itemMarking) {
        access.require(system, ActionKind.LOAD_DATA, Optional.empty());
        record Launched(MissionId mission, String item, String marking) {}
        List<Launched> launched = tx.read(t -> t.repository(Missions.class).list(Optional.empty(), Optional.empty()).stream()
                .filter(m -> m.kind().startsWith(LAUNCHED_BY))
                .flatMap(m -> t.repository(org.concord.journal.JournalEvents.class)
                        .list(Optional.of(RegisterEvents.missionSubject(m.id().value())), Optional.empty(), 0, 1).stream()
                        .flatMap(first -> RegisterEvents.decode(journal.codec(), first).stream())
                        .flatMap(e -> e instanceof RegisterEvent.MissionCreated c && c.mission().kind() != null && c.mission().kind().startsWith(LAUNCHED_BY)
                                ? java.util.stream.Stream.of(new Launched(m.id(), c.mission().kind().substring(LAUNCHED_BY.length()),
                                java.util.Objects.requireNonNullElse(c.mission().classification(), "PUBLIC")))
                                : java.util.stream.Stream.empty()))
                .toList());
        java.util.Map<MissionId, String> raised = new java.util.LinkedHashMap<>();
        for (Launched l : launched) {
            Optional<String> decision = itemMarking.apply(l.item());
            String launchedWith = canonical(l.marking());
            String to = decision.map(d -> access.atLeast(launchedWith, List.of(d))).orElse(launchedWith);
            if (to.equals(launchedWith)) continue; // the launch did not leak it
            boolean done = tx.inTransaction(t -> {
                Missions missions = t.repository(Missions.class);
                Optional<Mission> now = missions.find(l.mission());
                // a marking someone set since the launch stands, whichever way they set it
                if (now.isEmpty() || !canonical(now.get().classification()).equals(launchedWith)) return false;
                Optional<Mission> stored = missions.update(now.get().withClassification(to), now.get().version());
                stored.ifPresent(m -> RegisterEvents.record(t, journal, system,
                        new RegisterEvent.MissionUpdatedByDecision(l.item(), MissionData.from(m).withoutVersion())));
                return stored.isPresent(); // empty when another process raised it first
            });
            if (done) raised.put(l.mission(), to);
        }
        return raised;
    }

    /** A stored marking in canonical text (a record stored before markings existed is public). */
    private String canonical(String marking) { return access.atLeast(marking == null ? "PUBLIC" : marking, List.of()); }

    /** @throws NotFound if there is no such mission */
    public Mission mission(Principal who, MissionId id) {
        return tx.read(t -> t.repository(Missions.class).find(id)).filter(m -> access.canSee(who, m.classification()))
                .orElseThrow(() -> access.notFound(who, "mission", id));
    }

    /** Today by the register's clock: the day on which a read without {@code on} resolves dated facts. */
    public LocalDate today() { return LocalDate.now(journal.clock()); }

    /**
     * One mission as a reader sees it: the record (as stored now, or as recorded at {@code recordedAt}) with its dated
     * facts resolved on {@code on} (today when empty), i.e. {@code leadNations} holds the nations leading that day.
     *
     * @throws NotFound if there is no such mission (or there was none at {@code recordedAt}), or it is hidden from {@code who}
     */
    public MissionData missionOn(Principal who, MissionId id, Optional<java.time.Instant> recordedAt, Optional<LocalDate> on) {
        Mission m = recordedAt.isPresent() ? missionAsRecorded(who, id, recordedAt.get()) : mission(who, id);
        return MissionData.from(m, on.orElseGet(this::today));
    }

    /** The missions as {@link #missions} or {@link #missionsAsRecorded} list them, each with its dated facts resolved on {@code on} (today when empty). */
    public List<MissionData> missionsOn(Principal who, Optional<java.time.Instant> recordedAt, Optional<MissionStatus> status,
                                        Optional<CoreTask> coreTask, Optional<LocalDate> on) {
        LocalDate day = on.orElseGet(this::today);
        var list = recordedAt.isPresent() ? missionsAsRecorded(who, recordedAt.get(), status, coreTask) : missions(who, status, coreTask);
        return list.stream().map(m -> MissionData.from(m, day)).toList();
    }

    public List<Event> events(Principal who) {
        return access.visible(who, tx.read(t -> t.repository(Events.class).all()), Event::classification);
    }

    /** @throws NotFound if there is no such event */
    public Event event(Principal who, EventId id) {
        return tx.read(t -> t.repository(Events.class).find(id)).filter(e -> access.canSee(who, e.classification()))
                .orElseThrow(() -> access.notFound(who, "event", id));
    }

    /**
     * Adds a mission.
     *
     * @throws InvalidInput naming every bad field; nothing is written
     * @throws Conflict     if a mission with this id exists
     */
    public Mission createMission(Principal who, MissionData data) {
        access.require(who, ActionKind.EDIT_REGISTER, Optional.empty());
        if (data.classification() != null) access.checkMarking(who, "classification", data.classification(), MissionData.DEFAULT_CLASSIFICATION);
        return tx.inTransaction(t -> {
            Mission m = validMission(t, data.withoutVersion(), "", new Violations());
            Missions missions = t.repository(Missions.class);
            if (missions.find(m.id()).isPresent()) throw Conflict.idUnavailable("mission", m.id());
            Mission stored = missions.insert(m);
            RegisterEvents.record(t, journal, who, new RegisterEvent.MissionCreated(MissionData.from(stored).withoutVersion()));
            return stored;
        });
    }

    /**
     * Replaces a mission; {@code data.version} must be the version read.
     *
     * @throws InvalidInput naming every bad field (also a missing version or an id that differs from the path)
     * @throws NotFound     if there is no such mission
     * @throws Conflict     if the mission changed since that version
     */
    public Mission updateMission(Principal who, MissionId id, MissionData data) {
        access.require(who, ActionKind.EDIT_REGISTER, Optional.empty());
        if (data.classification() != null) access.checkMarking(who, "classification", data.classification(), MissionData.DEFAULT_CLASSIFICATION);
        Violations v = new Violations();
        if (data.version() == null) v.add("version", "is required: send the version you read");
        if (data.id() != null && !data.id().equals(id.value())) v.add("id", "'" + data.id() + "' differs from the mission in the path '" + id + "'");
        return access.auditingNotFound(who, () -> tx.inTransaction(t -> {
            Mission read = validMission(t, data, "", v);
            Missions missions = t.repository(Missions.class);
            Mission current = missions.find(id).filter(x -> access.canSee(who, x.classification())).orElseThrow(() -> new NotFound("mission", id));
            // a replacement that names no marking keeps the mission's: lowering one is said, never implied by a missing field
            Mission m = data.classification() == null ? read.withClassification(current.classification()) : read;
            if (!current.status().mayMoveTo(m.status()))
                throw new InvalidInput("status", org.concord.shared.English.withArticle(current.status()) + " mission cannot become " + m.status());
            Mission stored = missions.update(m, data.version()).orElseThrow(() -> new Conflict(
                    "mission '" + id + "' is at version " + current.version() + ", not " + data.version() + ": read it again"));
            RegisterEvents.record(t, journal, who, new RegisterEvent.MissionUpdated(MissionData.from(stored).withoutVersion()));
            return stored;
        }));
    }

    private Mission validMission(Tx t, MissionData data, String path, Violations v) {
        Mission m = data.toModel(path, v);
        Members members = t.repository(Members.class);
        Partners partners = t.repository(Partners.class);
        String p = path.isEmpty() ? "" : path + ".";
        if (data.leads() == null)
            known(v, p + "leadNations", data.leadNations(), c -> members.find(c).isPresent() || partners.find(c).isPresent(), "a member or partner");
        else
            for (int i = 0; i < data.leads().size(); i++) {
                var lead = data.leads().get(i);
                Iso3 code = lead == null ? null : parsedOrNull(lead.nation());
                if (code != null && members.find(code).isEmpty() && partners.find(code).isEmpty())
                    v.add(p + "leads[" + i + "].nation", "'" + code + "' is not a member or partner");
            }
        known(v, p + "contributors", data.contributors(), c -> members.find(c).isPresent(), "a member");
        known(v, p + "partnerContributors", data.partnerContributors(), c -> partners.find(c).isPresent(), "a partner");
        v.throwIfAny();
        return m;
    }

    private static Iso3 parsedOrNull(String code) {
        try {
            return code == null ? null : Iso3.of(code);
        } catch (IllegalArgumentException e) {
            return null; // the wire record reports the malformed code
        }
    }

    /** Adds a violation for each well-formed code in {@code codes} that is not {@code what}; malformed ones the wire record reports. */
    private static void known(Violations v, String field, List<String> codes, java.util.function.Predicate<Iso3> exists, String what) {
        if (codes == null) return;
        for (int i = 0; i < codes.size(); i++) {
            Iso3 code;
            try {
                code = Iso3.of(codes.get(i));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!exists.test(code)) v.add(field + "[" + i + "]", "'" + code + "' is not " + what);
        }
    }

    /**
     * Rebuilds an empty register from the register's journal entries alone (every one carries the whole record it
     * leaves behind), without journaling anything: a restore from a journal, and the proof that old journals replay.
     *
     * @return how many register entries were applied
     * @throws IllegalStateException if the register is not empty
     */
    public int replayFromJournal(Principal who) {
        access.require(who, ActionKind.LOAD_DATA, Optional.empty());
        return tx.inTransaction(t -> RegisterReplay.replay(t, journal.codec()));
    }

    /** Whether the register holds no members yet (a fresh database). */
    public boolean isEmpty(Principal who) { return tx.read(t -> t.repository(Members.class).none()); }

    /**
     * Loads a whole register file into an empty register, validating all of it first.
     *
     * @throws InvalidInput naming every bad field by its path in the file; nothing is written
     * @throws Conflict     if the register is not empty
     */
    public ImportSummary importFile(Principal who, RegisterFile file) {
        access.require(who, ActionKind.LOAD_DATA, Optional.empty());
        Snapshot snapshot = Snapshot.validate(file);
        return tx.inTransaction(t -> {
            if (!t.repository(Members.class).all().isEmpty())
                throw new Conflict("the register is not empty: import needs an empty database (use a new --db or CONCORD_HOME)");
            snapshot.store(t, journal, who);
            return snapshot.summary();
        });
    }

    /**
     * Brings a register loaded from the edition {@code previous} of a register file up to the edition {@code current}
     * for the records and fields that {@code corrections} names, in one transaction, each change journaled with its
     * reason (see {@code Corrections}). A record whose named fields no longer hold {@code previous}'s values (edited
     * since, or from another register) is kept; one already correct is left alone, so running it again changes nothing.
     *
     * @throws IllegalArgumentException if a correction names a record either edition lacks, or an unknown field
     * @throws InvalidInput             if a corrected record would be invalid; nothing is written
     */
    public CorrectionOutcome applyCorrections(Principal who, CorrectionsFile corrections, RegisterFile previous, RegisterFile current) {
        access.require(who, ActionKind.LOAD_DATA, Optional.empty());
        if (!CorrectionsFile.FORMAT.equals(corrections.format()))
            throw new InvalidInput("format", "'" + corrections.format() + "' is not " + CorrectionsFile.FORMAT);
        return tx.inTransaction(t -> Corrections.apply(t, journal, who, corrections, previous, current));
    }

    /** What {@link #applyCorrections} did: the records corrected and those kept because they changed since the load ({@code mission:kfor}, ...). */
    public record CorrectionOutcome(List<String> corrected, List<String> kept) {}

    /** The whole register as one file, in a stable order, so that export, import and export again give the same bytes. */
    public RegisterFile exportFile(Principal who) {
        return tx.read(t -> {
            RegisterSettings settings = t.repository(RegisterSettings.class);
            Partners partners = t.repository(Partners.class);
            return new RegisterFile(RegisterFile.FORMAT,
                    settings.organisation().map(OrganisationData::from).orElse(null),
                    settings.references(),
                    partners.frameworks().stream().map(FrameworkData::from).toList(),
                    t.repository(Members.class).all().stream().map(MemberData::from).toList(),
                    partners.all().stream().sorted(Comparator.comparing(Partner::iso3)).map(PartnerData::from).toList(),
                    t.repository(Bodies.class).all().stream().map(BodyData::from).toList(),
                    access.visible(who, t.repository(Missions.class).list(Optional.empty(), Optional.empty()), Mission::classification).stream()
                            .map(m -> MissionData.from(m).withoutVersion()).toList(),
                    access.visible(who, t.repository(Events.class).all(), Event::classification).stream()
                            .map(e -> EventData.from(e).withoutVersion()).toList());
        });
    }

    public Optional<Organisation> organisation(Principal who) {
        return tx.read(t -> t.repository(RegisterSettings.class).organisation());
    }

    /** The source catalogue: each source key with its citation (public, like every source key the records show). */
    public java.util.Map<String, String> references(Principal who) {
        return tx.read(t -> t.repository(org.concord.register.model.RegisterSettings.class).references());
    }

    /** What an import wrote. */
    public record ImportSummary(int members, int partners, int frameworks, int bodies, int missions, int events, int references) {}
}
