package org.concord.register.application;

import org.concord.journal.EventCodec;
import org.concord.journal.EventType;
import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.register.application.RegisterEvent.BodyRecorded;
import org.concord.register.application.RegisterEvent.EventCorrected;
import org.concord.register.application.RegisterEvent.EventRecorded;
import org.concord.register.application.RegisterEvent.EventUpdatedByDecision;
import org.concord.register.application.RegisterEvent.FrameworkCorrected;
import org.concord.register.application.RegisterEvent.FrameworkRecorded;
import org.concord.register.application.RegisterEvent.MemberCorrected;
import org.concord.register.application.RegisterEvent.MemberRecorded;
import org.concord.register.application.RegisterEvent.MissionCorrected;
import org.concord.register.application.RegisterEvent.MissionCreated;
import org.concord.register.application.RegisterEvent.MissionUpdated;
import org.concord.register.application.RegisterEvent.MissionUpdatedByDecision;
import org.concord.register.application.RegisterEvent.OrganisationRecorded;
import org.concord.register.application.RegisterEvent.PartnerCorrected;
import org.concord.register.application.RegisterEvent.PartnerRecorded;
import org.concord.register.application.RegisterEvent.ReferencesRecorded;
import org.concord.register.data.BodyData;
import org.concord.register.data.EventData;
import org.concord.register.data.FrameworkData;
import org.concord.register.data.MemberData;
import org.concord.register.data.MissionData;
import org.concord.register.data.OrganisationData;
import org.concord.register.data.PartnerData;
import org.concord.shared.Principal;
import org.concord.shared.tx.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register's part of the journal contract: the subjects it owns ({@code mission:}, {@code event:},
 * {@code member:}, {@code partner:}, {@code framework:}, {@code body:}, {@code organisation:}, {@code references}) and
 * the codec of {@link RegisterEvent}: what each event's payload is, and how an entry is read back by its type name
 * (never by sniffing its fields). Nothing outside the register spells these subjects.
 */
public final class RegisterEvents {
    private static final String MISSION = "mission:";
    private static final String EVENT = "event:";
    static final String REFERENCES_SUBJECT = "references";

    /** Every event type the register journals, with the schema version it writes now. */
    public static final List<EventType> TYPES = List.of(OrganisationRecorded.TYPE, ReferencesRecorded.TYPE, FrameworkRecorded.TYPE,
            MemberRecorded.TYPE, PartnerRecorded.TYPE, BodyRecorded.TYPE, MissionCreated.TYPE, MissionUpdated.TYPE,
            MissionUpdatedByDecision.TYPE, EventRecorded.TYPE, EventUpdatedByDecision.TYPE, MissionCorrected.TYPE, EventCorrected.TYPE,
            MemberCorrected.TYPE, PartnerCorrected.TYPE, FrameworkCorrected.TYPE).stream().map(t -> new EventType(t, 1)).toList();

    private RegisterEvents() {}

    public static String missionSubject(String id) { return MISSION + id; }

    public static String eventSubject(String id) { return EVENT + id; }

    static String memberSubject(String iso3) { return "member:" + iso3; }

    static String partnerSubject(String iso3) { return "partner:" + iso3; }

    static String frameworkSubject(String code) { return "framework:" + code; }

    static String bodySubject(String id) { return "body:" + id; }

    static String organisationSubject(String id) { return "organisation:" + id; }

    /** The subject prefix of every mission's entries. */
    static String missionPrefix() { return MISSION; }

    /** The subject prefix of every event's entries. */
    static String eventPrefix() { return EVENT; }

    /** Whether the subject is a mission's or an event's (the register records that carry a marking). */
    public static boolean isMarkedRecord(String subject) { return subject.startsWith(MISSION) || subject.startsWith(EVENT); }

    /** Whether the entry's type is one the register declares. */
    public static boolean declares(String type) { return TYPES.stream().anyMatch(t -> t.name().equals(type)); }

    /** Journals {@code event} at the clock's instant. */
    static void record(Tx t, Journal journal, Principal who, RegisterEvent event) {
        journal.record(t, who, type(event), event.subject(), payload(event));
    }

    /** Journals {@code event} at {@code at} (a decision's adoption). */
    static void record(Tx t, Journal journal, Principal who, RegisterEvent event, Instant at) {
        journal.record(t, who, type(event), event.subject(), payload(event), at);
    }

    static String type(RegisterEvent event) {
        return switch (event) {
            case OrganisationRecorded e -> OrganisationRecorded.TYPE;
            case ReferencesRecorded e -> ReferencesRecorded.TYPE;
            case FrameworkRecorded e -> FrameworkRecorded.TYPE;
            case MemberRecorded e -> MemberRecorded.TYPE;
            case PartnerRecorded e -> PartnerRecorded.TYPE;
            case BodyRecorded e -> BodyRecorded.TYPE;
            case MissionCreated e -> MissionCreated.TYPE;
            case MissionUpdated e -> MissionUpdated.TYPE;
            case MissionUpdatedByDecision e -> MissionUpdatedByDecision.TYPE;
            case EventRecorded e -> EventRecorded.TYPE;
            case EventUpdatedByDecision e -> EventUpdatedByDecision.TYPE;
            case MissionCorrected e -> MissionCorrected.TYPE;
            case EventCorrected e -> EventCorrected.TYPE;
            case MemberCorrected e -> MemberCorrected.TYPE;
            case PartnerCorrected e -> PartnerCorrected.TYPE;
            case FrameworkCorrected e -> FrameworkCorrected.TYPE;
        };
    }

    /** Version 1 payloads: the record's document, or the event itself where it names what made the change. */
    public static Object payload(RegisterEvent event) {
        return switch (event) {
            case OrganisationRecorded e -> e.organisation();
            case ReferencesRecorded e -> e.references();
            case FrameworkRecorded e -> e.framework();
            case MemberRecorded e -> e.member();
            case PartnerRecorded e -> e.partner();
            case BodyRecorded e -> e.body();
            case MissionCreated e -> e.mission();
            case MissionUpdated e -> e.mission();
            case EventRecorded e -> e.event();
            case MissionUpdatedByDecision e -> e;
            case EventUpdatedByDecision e -> e;
            case MissionCorrected e -> e;
            case EventCorrected e -> e;
            case MemberCorrected e -> e;
            case PartnerCorrected e -> e;
            case FrameworkCorrected e -> e;
        };
    }

    /**
     * Reads a register entry back by its type name (every version ever written: all are version 1 so far).
     *
     * @return empty if the entry is not a register event
     */
    @SuppressWarnings("unchecked")
    public static Optional<RegisterEvent> decode(EventCodec journal, JournalEntry e) {
        return Optional.ofNullable(switch (e.type()) {
            case OrganisationRecorded.TYPE -> new OrganisationRecorded(journal.read(e, OrganisationData.class));
            case ReferencesRecorded.TYPE -> new ReferencesRecorded(journal.read(e, Map.class));
            case FrameworkRecorded.TYPE -> new FrameworkRecorded(journal.read(e, FrameworkData.class));
            case MemberRecorded.TYPE -> new MemberRecorded(journal.read(e, MemberData.class));
            case PartnerRecorded.TYPE -> new PartnerRecorded(journal.read(e, PartnerData.class));
            case BodyRecorded.TYPE -> new BodyRecorded(journal.read(e, BodyData.class));
            case MissionCreated.TYPE -> new MissionCreated(journal.read(e, MissionData.class));
            case MissionUpdated.TYPE -> new MissionUpdated(journal.read(e, MissionData.class));
            case MissionUpdatedByDecision.TYPE -> journal.read(e, MissionUpdatedByDecision.class);
            case EventRecorded.TYPE -> new EventRecorded(journal.read(e, EventData.class));
            case EventUpdatedByDecision.TYPE -> journal.read(e, EventUpdatedByDecision.class);
            case MissionCorrected.TYPE -> journal.read(e, MissionCorrected.class);
            case EventCorrected.TYPE -> journal.read(e, EventCorrected.class);
            case MemberCorrected.TYPE -> journal.read(e, MemberCorrected.class);
            case PartnerCorrected.TYPE -> journal.read(e, PartnerCorrected.class);
            case FrameworkCorrected.TYPE -> journal.read(e, FrameworkCorrected.class);
            default -> null;
        });
    }

    /** The marking of the mission or event an entry is about, as the entry recorded it ({@code PUBLIC} when none). */
    public static Optional<String> classificationOf(EventCodec journal, JournalEntry e) {
        return decode(journal, e).flatMap(RegisterEvent::document).map(d -> switch (d) {
            case MissionData m -> m.classification();
            case EventData ev -> ev.classification();
            default -> null;
        }).map(c -> c == null ? "PUBLIC" : c);
    }
}
