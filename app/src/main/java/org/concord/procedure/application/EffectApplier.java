package org.concord.procedure.application;

import org.concord.journal.Journal;
import org.concord.procedure.model.AdoptedDecision;
import org.concord.procedure.model.Effect;
import org.concord.register.data.EventData;
import org.concord.register.data.MissionData;
import org.concord.register.model.CoreTask;
import org.concord.register.model.Event;
import org.concord.register.model.EventId;
import org.concord.register.model.EventStatus;
import org.concord.register.model.Events;
import org.concord.register.model.InvitationStatus;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.register.model.Missions;
import org.concord.register.model.PartialDate;
import org.concord.register.model.SessionId;
import org.concord.shared.Confidence;
import org.concord.shared.Conflict;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Provenance;
import org.concord.shared.tx.Tx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Applies an adopted decision's effect to the register, in the adopting transaction, journaling each change. */
final class EffectApplier {
    private final Journal journal;

    EffectApplier(Journal journal) { this.journal = journal; }

    /** @return a one-line description of what changed in the register */
    String apply(Tx t, Principal who, AdoptedDecision d) {
        Provenance basis = new Provenance(List.of(), Confidence.PRIMARY);
        LocalDate today = LocalDate.ofInstant(d.adoptedAt(), ZoneOffset.UTC);
        return switch (d.effect()) {
            case Effect.LaunchMission l -> {
                Missions missions = t.repository(Missions.class);
                MissionId id = MissionId.of(l.mission().value());
                if (missions.find(id).isPresent()) throw new Conflict("mission '" + id + "' exists already; it cannot be launched again");
                Mission m = new Mission(id, l.name(), Optional.empty(), "mission launched by Council decision " + d.item().value(),
                        CoreTask.CRISIS_PREVENTION_AND_MANAGEMENT, Optional.empty(), Optional.of("set at launch; review the core task"),
                        l.mandate(), Optional.empty(), Optional.empty(), PartialDate.of(l.start()), Optional.empty(), Optional.empty(),
                        l.start().isAfter(today) ? MissionStatus.PLANNED : MissionStatus.ACTIVE, List.of(), List.of(), List.of(), List.of(),
                        Optional.of("launched by decision " + d.item().value()), basis, "PUBLIC", 0);
                Mission stored = missions.insert(m);
                journal.record(t, who, "MissionCreated", "mission:" + id, MissionData.from(stored).withoutVersion(), d.adoptedAt());
                yield "mission " + id + " launched";
            }
            case Effect.ExtendMission e -> updateMission(t, who, d, e.mission().value(), m -> m.extendedTo(e.newEnd()),
                    "scheduled end of " + e.mission().value() + " set to " + e.newEnd());
            case Effect.ChangeMandate c -> updateMission(t, who, d, c.mission().value(), m -> m.withMandate(c.text()),
                    "mandate of " + c.mission().value() + " changed");
            case Effect.ReduceMission r -> updateMission(t, who, d, r.mission().value(), m -> r.targetStrength().isPresent()
                            ? m.reducedTo(r.targetStrength().getAsInt(), r.byDate().orElse(today), basis)
                            : m.drawingDown(),
                    r.mission().value() + " drawing down" + (r.targetStrength().isPresent() ? " to " + r.targetStrength().getAsInt() : ""));
            case Effect.TerminateMission e -> updateMission(t, who, d, e.mission().value(), m -> m.terminatedBy(e.endDate(), today),
                    e.mission().value() + " terminated by " + e.endDate());
            case Effect.InvitePartner i -> invitation(t, who, d, i.event().value(), i.session().value(), List.of(i.partner()), InvitationStatus.INVITED);
            case Effect.ExcludePartner x -> invitation(t, who, d, x.event().value(), x.session().value(), List.of(x.partner()), InvitationStatus.EXCLUDED);
            case Effect.ExcludePartners x -> invitation(t, who, d, x.event().value(), x.session().value(), x.partners(), InvitationStatus.EXCLUDED);
            case Effect.HoldEvent h -> eventStatus(t, who, d, h.event().value(), EventStatus.SCHEDULED);
            case Effect.CancelEvent c -> eventStatus(t, who, d, c.event().value(), EventStatus.CANCELLED);
            case Effect.AdoptStatement s -> "statement adopted";
        };
    }

    private String updateMission(Tx t, Principal who, AdoptedDecision d, String id, java.util.function.UnaryOperator<Mission> change, String what) {
        Missions missions = t.repository(Missions.class);
        Mission current = missions.find(MissionId.of(id)).orElseThrow(() -> new NotFound("mission", id));
        Mission next = change.apply(current);
        Mission stored = missions.update(next, current.version())
                .orElseThrow(() -> new Conflict("mission '" + id + "' changed while the decision was applied"));
        journal.record(t, who, "MissionUpdatedByDecision", "mission:" + id, new Change<>(d.item().value(), MissionData.from(stored).withoutVersion()), d.adoptedAt());
        return what;
    }

    private String invitation(Tx t, Principal who, AdoptedDecision d, String eventId, String sessionId, List<Iso3> partners, InvitationStatus status) {
        Events events = t.repository(Events.class);
        Event current = events.find(EventId.of(eventId)).orElseThrow(() -> new NotFound("event", eventId));
        SessionId sid = SessionId.of(sessionId);
        if (current.session(sid).isEmpty()) throw new NotFound("session", eventId + "/" + sessionId);
        Provenance basis = new Provenance(List.of(), Confidence.PRIMARY);
        Event next = current.withSession(sid, s -> {
            var out = s;
            for (Iso3 p : partners) out = out.withInvitation(p, status, basis);
            return out;
        });
        storeEvent(t, who, d, current, next);
        return partners + " " + status.name().toLowerCase() + " for " + eventId + "/" + sessionId;
    }

    private String eventStatus(Tx t, Principal who, AdoptedDecision d, String eventId, EventStatus status) {
        Events events = t.repository(Events.class);
        Event current = events.find(EventId.of(eventId)).orElseThrow(() -> new NotFound("event", eventId));
        storeEvent(t, who, d, current, current.withStatus(status));
        return eventId + " " + status.name().toLowerCase();
    }

    private void storeEvent(Tx t, Principal who, AdoptedDecision d, Event current, Event next) {
        Event stored = t.repository(Events.class).update(next, current.version())
                .orElseThrow(() -> new Conflict("event '" + current.id() + "' changed while the decision was applied"));
        journal.record(t, who, "EventUpdatedByDecision", "event:" + current.id(), new Change<>(d.item().value(), EventData.from(stored).withoutVersion()), d.adoptedAt());
    }

    /** A register change with the decision that made it. */
    record Change<T>(String decision, T record) {}

    /** @throws InvalidInput naming {@code effect.mission}, {@code effect.event} or {@code effect.session} if the effect's target is not in the register */
    static void checkTargets(Tx t, org.concord.procedure.model.Effect effect) {
        var missions = t.repository(org.concord.register.model.Missions.class);
        var events = t.repository(org.concord.register.model.Events.class);
        switch (effect) {
            case org.concord.procedure.model.Effect.LaunchMission l -> { }
            case org.concord.procedure.model.Effect.ExtendMission e -> mission(missions, e.mission().value());
            case org.concord.procedure.model.Effect.ChangeMandate c -> mission(missions, c.mission().value());
            case org.concord.procedure.model.Effect.ReduceMission r -> mission(missions, r.mission().value());
            case org.concord.procedure.model.Effect.TerminateMission e -> mission(missions, e.mission().value());
            case org.concord.procedure.model.Effect.InvitePartner i -> session(events, i.event().value(), i.session().value());
            case org.concord.procedure.model.Effect.ExcludePartner x -> session(events, x.event().value(), x.session().value());
            case org.concord.procedure.model.Effect.ExcludePartners x -> session(events, x.event().value(), x.session().value());
            case org.concord.procedure.model.Effect.HoldEvent h -> event(events, h.event().value());
            case org.concord.procedure.model.Effect.CancelEvent c -> event(events, c.event().value());
            case org.concord.procedure.model.Effect.AdoptStatement s -> { }
        }
    }

    private static void mission(org.concord.register.model.Missions missions, String id) {
        if (missions.find(org.concord.register.model.MissionId.of(id)).isEmpty()) throw new InvalidInput("effect.mission", "'" + id + "' is not a mission in the register");
    }

    private static org.concord.register.model.Event event(org.concord.register.model.Events events, String id) {
        return events.find(org.concord.register.model.EventId.of(id)).orElseThrow(() -> new InvalidInput("effect.event", "'" + id + "' is not an event in the register"));
    }

    private static void session(org.concord.register.model.Events events, String eventId, String sessionId) {
        if (event(events, eventId).session(org.concord.register.model.SessionId.of(sessionId)).isEmpty())
            throw new InvalidInput("effect.session", "'" + sessionId + "' is not a session of " + eventId);
    }
}
