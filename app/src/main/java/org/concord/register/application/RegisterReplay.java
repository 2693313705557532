package org.concord.register.application;

import org.concord.journal.EventCodec;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalEvents;
import org.concord.register.data.EventData;
import org.concord.register.data.MissionData;
import org.concord.register.model.Bodies;
import org.concord.register.model.Event;
import org.concord.register.model.EventId;
import org.concord.register.model.Events;
import org.concord.register.model.Members;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.Missions;
import org.concord.register.model.Partners;
import org.concord.register.model.RegisterSettings;
import org.concord.shared.Violations;
import org.concord.shared.tx.Tx;

/**
 * Rebuilds the register's tables from its journal entries alone: every register event carries the whole record it
 * leaves behind, so applying them in sequence order leaves each record as the last one says. Used to restore a
 * register from a journal (and to prove that old journals still replay); the tables must be empty.
 */
final class RegisterReplay {
    private RegisterReplay() {}

    /** @return how many register entries were applied */
    static int replay(Tx t, EventCodec codec) {
        if (!t.repository(Members.class).all().isEmpty()) throw new IllegalStateException("the register is not empty: nothing is replayed into it");
        int[] applied = {0};
        t.repository(JournalEvents.class).forEach(e -> RegisterEvents.decode(codec, e).ifPresent(event -> {
            apply(t, e, event);
            applied[0]++;
        }));
        return applied[0];
    }

    private static void apply(Tx t, JournalEntry entry, RegisterEvent event) {
        String path = "journal entry " + entry.seq();
        switch (event) {
            case RegisterEvent.OrganisationRecorded o -> t.repository(RegisterSettings.class).putOrganisation(valid(path, o.organisation()::toModel));
            case RegisterEvent.ReferencesRecorded r -> r.references().forEach(t.repository(RegisterSettings.class)::putReference);
            case RegisterEvent.FrameworkRecorded f -> t.repository(Partners.class).putFramework(valid(path, f.framework()::toModel));
            case RegisterEvent.FrameworkCorrected f -> t.repository(Partners.class).putFramework(valid(path, f.record()::toModel));
            case RegisterEvent.MemberRecorded m -> t.repository(Members.class).put(valid(path, m.member()::toModel));
            case RegisterEvent.MemberCorrected m -> t.repository(Members.class).put(valid(path, m.record()::toModel));
            case RegisterEvent.PartnerRecorded p -> t.repository(Partners.class).put(valid(path, p.partner()::toModel));
            case RegisterEvent.PartnerCorrected p -> t.repository(Partners.class).put(valid(path, p.record()::toModel));
            case RegisterEvent.BodyRecorded b -> t.repository(Bodies.class).put(valid(path, b.body()::toModel));
            case RegisterEvent.MissionCreated m -> mission(t, path, m.mission());
            case RegisterEvent.MissionUpdated m -> mission(t, path, m.mission());
            case RegisterEvent.MissionUpdatedByDecision m -> mission(t, path, m.record());
            case RegisterEvent.MissionCorrected m -> mission(t, path, m.record());
            case RegisterEvent.EventRecorded e -> event(t, path, e.event());
            case RegisterEvent.EventUpdatedByDecision e -> event(t, path, e.record());
            case RegisterEvent.EventCorrected e -> event(t, path, e.record());
        }
    }

    private static void mission(Tx t, String path, MissionData d) {
        Missions missions = t.repository(Missions.class);
        Mission m = valid(path, d::toModel);
        var current = missions.find(MissionId.of(d.id()));
        if (current.isEmpty()) missions.insert(m.withVersion(0));
        else missions.update(m, current.get().version()).orElseThrow(() -> new IllegalStateException(path + ": mission " + d.id() + " changed meanwhile"));
    }

    private static void event(Tx t, String path, EventData d) {
        Events events = t.repository(Events.class);
        Event e = valid(path, d::toModel);
        var current = events.find(EventId.of(d.id()));
        if (current.isEmpty()) events.insert(e.withVersion(0));
        else events.update(e, current.get().version()).orElseThrow(() -> new IllegalStateException(path + ": event " + d.id() + " changed meanwhile"));
    }

    private interface ToModel<M> { M apply(String path, Violations v); }

    private static <M> M valid(String path, ToModel<M> toModel) {
        Violations v = new Violations();
        M m = toModel.apply(path, v);
        v.throwIfAny();
        return m;
    }
}
