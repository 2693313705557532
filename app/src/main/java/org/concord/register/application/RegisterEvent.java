package org.concord.register.application;

import org.concord.register.data.BodyData;
import org.concord.register.data.EventData;
import org.concord.register.data.FrameworkData;
import org.concord.register.data.MemberData;
import org.concord.register.data.MissionData;
import org.concord.register.data.OrganisationData;
import org.concord.register.data.PartnerData;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened to the register, as the journal keeps it: past-tense records, each with its stable type name
 * ({@code TYPE}, the name every entry of it was ever written under) and its subject ({@code mission:<id>}, ...).
 * Schema version 1 of every register event is the whole record's document (or the document beside the decision or
 * correction that changed it), exactly as the journal has held it since the first edition; see {@link RegisterEvents}
 * for the codec.
 */
public sealed interface RegisterEvent {
    /** The journal subject the event is recorded under. */
    String subject();

    /** The record's document after the event, when the event is about one mission or event (else empty). */
    default Optional<Object> document() { return Optional.empty(); }

    /** The decision item that made the change, for changes made by adopting an item. */
    default Optional<String> madeBy() { return Optional.empty(); }

    record OrganisationRecorded(OrganisationData organisation) implements RegisterEvent {
        public static final String TYPE = "OrganisationRecorded";

        @Override public String subject() { return RegisterEvents.organisationSubject(organisation.id()); }
    }

    record ReferencesRecorded(Map<String, String> references) implements RegisterEvent {
        public static final String TYPE = "ReferencesRecorded";

        @Override public String subject() { return RegisterEvents.REFERENCES_SUBJECT; }
    }

    record FrameworkRecorded(FrameworkData framework) implements RegisterEvent {
        public static final String TYPE = "FrameworkRecorded";

        @Override public String subject() { return RegisterEvents.frameworkSubject(framework.code()); }
    }

    record MemberRecorded(MemberData member) implements RegisterEvent {
        public static final String TYPE = "MemberRecorded";

        @Override public String subject() { return RegisterEvents.memberSubject(member.iso3()); }
    }

    record PartnerRecorded(PartnerData partner) implements RegisterEvent {
        public static final String TYPE = "PartnerRecorded";

        @Override public String subject() { return RegisterEvents.partnerSubject(partner.iso3()); }
    }

    record BodyRecorded(BodyData body) implements RegisterEvent {
        public static final String TYPE = "BodyRecorded";

        @Override public String subject() { return RegisterEvents.bodySubject(body.id()); }
    }

    /** A mission entered the register: by import, by the API, or launched by a decision. */
    record MissionCreated(MissionData mission) implements RegisterEvent {
        public static final String TYPE = "MissionCreated";

        @Override public String subject() { return RegisterEvents.missionSubject(mission.id()); }

        @Override public Optional<Object> document() { return Optional.of(mission); }
    }

    /** A mission was replaced through the API. */
    record MissionUpdated(MissionData mission) implements RegisterEvent {
        public static final String TYPE = "MissionUpdated";

        @Override public String subject() { return RegisterEvents.missionSubject(mission.id()); }

        @Override public Optional<Object> document() { return Optional.of(mission); }
    }

    /** An adopted item changed a mission ({@code decision} is the item's id). */
    record MissionUpdatedByDecision(String decision, MissionData record) implements RegisterEvent {
        public static final String TYPE = "MissionUpdatedByDecision";

        @Override public String subject() { return RegisterEvents.missionSubject(record.id()); }

        @Override public Optional<Object> document() { return Optional.of(record); }

        @Override public Optional<String> madeBy() { return Optional.of(decision); }
    }

    record EventRecorded(EventData event) implements RegisterEvent {
        public static final String TYPE = "EventRecorded";

        @Override public String subject() { return RegisterEvents.eventSubject(event.id()); }

        @Override public Optional<Object> document() { return Optional.of(event); }
    }

    /** An adopted item changed an event ({@code decision} is the item's id). */
    record EventUpdatedByDecision(String decision, EventData record) implements RegisterEvent {
        public static final String TYPE = "EventUpdatedByDecision";

        @Override public String subject() { return RegisterEvents.eventSubject(record.id()); }

        @Override public Optional<Object> document() { return Optional.of(record); }

        @Override public Optional<String> madeBy() { return Optional.of(decision); }
    }

    /** Which edition of the built-in corrections changed a record, and why. */
    record Correction(String id, String reason, List<String> fields) {}

    record MissionCorrected(Correction correction, MissionData record) implements RegisterEvent {
        public static final String TYPE = "MissionCorrected";

        @Override public String subject() { return RegisterEvents.missionSubject(record.id()); }

        @Override public Optional<Object> document() { return Optional.of(record); }
    }

    record EventCorrected(Correction correction, EventData record) implements RegisterEvent {
        public static final String TYPE = "EventCorrected";

        @Override public String subject() { return RegisterEvents.eventSubject(record.id()); }

        @Override public Optional<Object> document() { return Optional.of(record); }
    }

    record MemberCorrected(Correction correction, MemberData record) implements RegisterEvent {
        public static final String TYPE = "MemberCorrected";

        @Override public String subject() { return RegisterEvents.memberSubject(record.iso3()); }
    }

    record PartnerCorrected(Correction correction, PartnerData record) implements RegisterEvent {
        public static final String TYPE = "PartnerCorrected";

        @Override public String subject() { return RegisterEvents.partnerSubject(record.iso3()); }
    }

    record FrameworkCorrected(Correction correction, FrameworkData record) implements RegisterEvent {
        public static final String TYPE = "FrameworkCorrected";

        @Override public String subject() { return RegisterEvents.frameworkSubject(record.code()); }
    }
}
