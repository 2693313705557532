package org.concord.register.application;

import org.concord.journal.Journal;
import org.concord.procedure.application.RegisterEffects;
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
import org.concord.shared.CalendarDate;
import org.concord.register.model.SessionId;
import org.concord.shared.Confidence;
import org.concord.shared.Conflict;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Provenance;
import org.concord.shared.tx.Tx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The register's side of the procedure's port: applies an adopted decision's effect to the register, in the adopting
 * transaction, validating it as the register's own rules say and journaling each change as the register's event.
 */
public final class DecisionEffects implements RegisterEffects {
    private final Journal journal;

    public DecisionEffects(Journal journal) { this.journal = journal; }

    @Override public org.concord.procedure.model.Membership membership(Tx t) { return new RegisterMembership(t); }

    @Override public String procedure(Tx t) {
        return t.repository(org.concord.register.model.RegisterSettings.class).organisation().map(o -> o.procedure()).orElse("NATO");
    }

    @Override public String apply(Tx t, Principal who, AdoptedDecision d, String classification) {
        Provenance basis = new Provenance(List.of(), Confidence.PRIMARY);
        LocalDate today = LocalDate.ofInstant(d.adoptedAt(), ZoneOffset.UTC);
        return switch (d.effect()) {
            case Effect.LaunchMission l -> {
                Missions missions = t.repository(Missions.class);
                MissionId id = MissionId.of(l.mission().value());
                if (missions.find(id).isPresent()) throw Conflict.idUnavailable("mission", id);
                Mission m = new Mission(id, l.name(), Optional.empty(), "mission launched by Council decision " + d.item().value(),
                        CoreTask.CRISIS_PREVENTION_AND_MANAGEMENT, Optional.empty(), Optional.of("set at launch; review the core task"),
                        l.mandate(), Optional.empty(), Optional.empty(), CalendarDate.of(l.start()), Optional.empty(), Optional.empty(),
                        l.start().isAfter(today) ? MissionStatus.PLANNED : MissionStatus.ACTIVE, List.of(), List.of(), List.of(), List.of(),
                        List.of(), Optional.empty(), Optional.empty(), Optional.of("launched by decision " + d.item().value()), basis, classification, 0);
                Mission stored = missions.insert(m);
                RegisterEvents.record(t, journal, who, new RegisterEvent.MissionCreated(MissionData.from(stored).withoutVersion()), d.adoptedAt());
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
        RegisterEvents.record(t, journal, who, new RegisterEvent.MissionUpdatedByDecision(d.item().value(), MissionData.from(stored).withoutVersion()), d.adoptedAt());
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
        RegisterEvents.record(t, journal, who, new RegisterEvent.EventUpdatedByDecision(d.item().value(), EventData.from(stored).withoutVersion()), d.adoptedAt());
    }

    /** The existing records (mission, event and its session) {@code effect} changes when adopted; none for a launch or a statement. */
    @Override public List<Target> targets(Tx t, Effect effect) {
        Missions missions = t.repository(Missions.class);
        Events events = t.repository(Events.class);
        return switch (effect) {
            case Effect.LaunchMission l -> List.of();
            case Effect.ExtendMission e -> List.of(mission(missions, e.mission().value()));
            case Effect.ChangeMandate c -> List.of(mission(missions, c.mission().value()));
            case Effect.ReduceMission r -> List.of(mission(missions, r.mission().value()));
            case Effect.TerminateMission e -> List.of(mission(missions, e.mission().value()));
            case Effect.InvitePartner i -> List.of(event(events, i.event().value(), Optional.of(i.session().value())));
            case Effect.ExcludePartner x -> List.of(event(events, x.event().value(), Optional.of(x.session().value())));
            case Effect.ExcludePartners x -> List.of(event(events, x.event().value(), Optional.of(x.session().value())));
            case Effect.HoldEvent h -> List.of(event(events, h.event().value(), Optional.empty()));
            case Effect.CancelEvent c -> List.of(event(events, c.event().value(), Optional.empty()));
            case Effect.AdoptStatement s -> List.of();
        };
    }

    private static Target mission(Missions missions, String id) {
        return new Target("effect.mission", "mission", id, missions.find(MissionId.of(id)).map(Mission::classification), Optional.empty(), true);
    }

    private static Target event(Events events, String id, Optional<String> session) {
        Optional<Event> e = events.find(EventId.of(id));
        return new Target("effect.event", "event", id, e.map(Event::classification), session,
                session.isEmpty() || e.flatMap(ev -> ev.session(SessionId.of(session.get()))).isPresent());
    }
}
