package org.concord.register.application;

import org.concord.journal.Journal;
import org.concord.register.data.CorrectionsFile;
import org.concord.register.data.EventData;
import org.concord.register.data.FrameworkData;
import org.concord.register.data.MemberData;
import org.concord.register.data.MissionData;
import org.concord.register.data.PartnerData;
import org.concord.register.data.RegisterFile;
import org.concord.register.model.EventId;
import org.concord.register.model.Events;
import org.concord.register.model.Framework;
import org.concord.register.model.FrameworkCode;
import org.concord.register.model.Member;
import org.concord.register.model.Members;
import org.concord.register.model.MissionId;
import org.concord.register.model.Missions;
import org.concord.register.model.Partner;
import org.concord.register.model.Partners;
import org.concord.shared.Conflict;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Violations;
import org.concord.shared.tx.Tx;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies a {@link CorrectionsFile} to a stored register: each named record gets the named fields from the current
 * edition of the register file, the rest stays as stored (so later edits and adopted decisions survive). A record that
 * already has those values is left alone, so applying the same corrections again changes nothing. Each change is
 * journaled as {@code MissionCorrected}, {@code EventCorrected}, {@code MemberCorrected}, {@code PartnerCorrected} or
 * {@code FrameworkCorrected}, with the whole corrected record and the correction.
 */
final class Corrections {
    private Corrections() {}

    /** A register change with the correction that made it (the journal payload). */
    record Change<T>(Why correction, T record) {}

    /** Which set of corrections, and why this record changed. */
    record Why(String id, String reason, List<String> fields) {}

    /** @return the subjects changed, in order */
    static List<String> apply(Tx t, Journal journal, Principal who, CorrectionsFile file, RegisterFile source) {
        List<String> changed = new ArrayList<>();
        for (CorrectionsFile.Correction c : file.corrections()) {
            Why why = new Why(file.id(), c.reason(), c.fields());
            String[] parts = c.record() == null ? new String[0] : c.record().split(":", 2);
            if (parts.length != 2) throw new IllegalArgumentException("correction record '" + c.record() + "' is not KIND:ID");
            String id = parts[1];
            boolean did = switch (parts[0]) {
                case "mission" -> mission(t, journal, who, why, id, find(source.missions(), MissionData::id, id, c));
                case "event" -> event(t, journal, who, why, id, find(source.events(), EventData::id, id, c));
                case "member" -> member(t, journal, who, why, id, find(source.members(), MemberData::iso3, id, c));
                case "partner" -> partner(t, journal, who, why, id, find(source.partners(), PartnerData::iso3, id, c));
                case "framework" -> framework(t, journal, who, why, id, find(source.frameworks(), FrameworkData::code, id, c));
                default -> throw new IllegalArgumentException("correction record '" + c.record() + "': unknown kind '" + parts[0] + "'");
            };
            if (did) changed.add(c.record());
        }
        return changed;
    }

    private static boolean mission(Tx t, Journal journal, Principal who, Why why, String id, MissionData source) {
        Missions missions = t.repository(Missions.class);
        var current = missions.find(MissionId.of(id));
        if (current.isEmpty()) return false; // not in this register (removed, or never loaded): nothing to correct
        MissionData stored = MissionData.from(current.get()).withoutVersion();
        MissionData next = merge(stored, MissionData.from(valid("mission:" + id, source::toModel)).withoutVersion(), why.fields());
        if (next.equals(stored)) return false;
        var m = valid("mission:" + id, next::toModel);
        var saved = missions.update(m, current.get().version())
                .orElseThrow(() -> new Conflict("mission '" + id + "' changed while it was corrected"));
        journal.record(t, who, "MissionCorrected", "mission:" + id, new Change<>(why, MissionData.from(saved).withoutVersion()));
        return true;
    }

    private static boolean event(Tx t, Journal journal, Principal who, Why why, String id, EventData source) {
        Events events = t.repository(Events.class);
        var current = events.find(EventId.of(id));
        if (current.isEmpty()) return false;
        EventData stored = EventData.from(current.get()).withoutVersion();
        EventData next = merge(stored, EventData.from(valid("event:" + id, source::toModel)).withoutVersion(), why.fields());
        if (next.equals(stored)) return false;
        var e = valid("event:" + id, next::toModel);
        var saved = events.update(e, current.get().version())
                .orElseThrow(() -> new Conflict("event '" + id + "' changed while it was corrected"));
        journal.record(t, who, "EventCorrected", "event:" + id, new Change<>(why, EventData.from(saved).withoutVersion()));
        return true;
    }

    private static boolean member(Tx t, Journal journal, Principal who, Why why, String id, MemberData source) {
        Members members = t.repository(Members.class);
        Optional<Member> current = members.find(Iso3.of(id));
        if (current.isEmpty()) return false;
        MemberData stored = MemberData.from(current.get());
        MemberData next = merge(stored, MemberData.from(valid("member:" + id, source::toModel)), why.fields());
        if (next.equals(stored)) return false;
        Member m = valid("member:" + id, next::toModel);
        members.put(m);
        journal.record(t, who, "MemberCorrected", "member:" + id, new Change<>(why, MemberData.from(m)));
        return true;
    }

    private static boolean partner(Tx t, Journal journal, Principal who, Why why, String id, PartnerData source) {
        Partners partners = t.repository(Partners.class);
        Optional<Partner> current = partners.find(Iso3.of(id));
        if (current.isEmpty()) return false;
        PartnerData stored = PartnerData.from(current.get());
        PartnerData next = merge(stored, PartnerData.from(valid("partner:" + id, source::toModel)), why.fields());
        if (next.equals(stored)) return false;
        Partner p = valid("partner:" + id, next::toModel);
        partners.put(p);
        journal.record(t, who, "PartnerCorrected", "partner:" + id, new Change<>(why, PartnerData.from(p)));
        return true;
    }

    private static boolean framework(Tx t, Journal journal, Principal who, Why why, String id, FrameworkData source) {
        Partners partners = t.repository(Partners.class);
        Optional<Framework> current = partners.frameworks().stream().filter(f -> f.code().equals(new FrameworkCode(id))).findFirst();
        if (current.isEmpty()) return false;
        FrameworkData stored = FrameworkData.from(current.get());
        FrameworkData next = merge(stored, FrameworkData.from(valid("framework:" + id, source::toModel)), why.fields());
        if (next.equals(stored)) return false;
        Framework f = valid("framework:" + id, next::toModel);
        partners.putFramework(f);
        journal.record(t, who, "FrameworkCorrected", "framework:" + id, new Change<>(why, FrameworkData.from(f)));
        return true;
    }

    interface ToModel<M> { M apply(String path, Violations v); }

    private static <M> M valid(String path, ToModel<M> toModel) {
        Violations v = new Violations();
        M m = toModel.apply(path, v);
        v.throwIfAny();
        return m;
    }

    private static <D> D find(List<D> list, Function<D, String> key, String id, CorrectionsFile.Correction c) {
        if (list != null) for (D d : list) if (id.equals(key.apply(d))) return d;
        throw new IllegalArgumentException("correction of '" + c.record() + "': the register file has no such record");
    }

    /** {@code stored} with the components named in {@code fields} taken from {@code source}. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R merge(R stored, R source, List<String> fields) {
        RecordComponent[] components = stored.getClass().getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (String f : fields)
            if (!names.contains(f)) throw new IllegalArgumentException("'" + f + "' is not a field of " + stored.getClass().getSimpleName());
        if (fields.isEmpty()) throw new IllegalArgumentException("a correction must name the fields it replaces");
        try {
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getAccessor().invoke(fields.contains(components[i].getName()) ? source : stored);
            }
            return (R) stored.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy fields of " + stored.getClass().getSimpleName() + ": " + e, e);
        }
    }
}
