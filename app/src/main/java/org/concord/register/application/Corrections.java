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
 * edition of the register file, the rest stays as stored (so later edits and adopted decisions survive). Only a record
 * whose named fields still hold the previous edition's values is corrected: one edited since, or one of another
 * register that happens to share the id, is kept. A record that already has the current values is left alone, so
 * applying the same corrections again changes nothing. Each change is journaled as {@code MissionCorrected},
 * {@code EventCorrected}, {@code MemberCorrected}, {@code PartnerCorrected} or {@code FrameworkCorrected}, with the
 * whole corrected record and the correction.
 */
final class Corrections {
    private Corrections() {}

    /** Which set of corrections, and why this record changed. */
    record Why(String id, String reason, List<String> fields) {}

    private enum Result { CORRECTED, ALREADY_CORRECT, KEPT, ABSENT }

    /** One kind of record: how to read it, validate it in canonical wire form, store it and name its journal event. */
    private interface Kind<D extends Record> {
        Optional<D> stored(String id);

        /** The canonical wire form of {@code data} (through the model), so that records compare field by field. */
        D canonical(D data, String path);

        /** Validates and stores {@code next}; returns what was stored, in wire form. */
        D store(D next, String path);

        /** The event that journals {@code saved} as corrected for {@code why}. */
        RegisterEvent event(RegisterEvent.Correction why, D saved);
    }

    static RegisterService.CorrectionOutcome apply(Tx t, Journal journal, Principal who, CorrectionsFile file, RegisterFile previous, RegisterFile current) {
        List<String> corrected = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (CorrectionsFile.Correction c : file.corrections()) {
            String[] parts = c.record() == null ? new String[0] : c.record().split(":", 2);
            if (parts.length != 2) throw new IllegalArgumentException("correction record '" + c.record() + "' is not KIND:ID");
            String id = parts[1];
            Why why = new Why(file.id(), c.reason(), c.fields());
            Result r = switch (parts[0]) {
                case "mission" -> apply(t, journal, who, why, c.record(), missions(t, id),
                        find(previous.missions(), MissionData::id, id, c), find(current.missions(), MissionData::id, id, c));
                case "event" -> apply(t, journal, who, why, c.record(), events(t, id),
                        find(previous.events(), EventData::id, id, c), find(current.events(), EventData::id, id, c));
                case "member" -> apply(t, journal, who, why, c.record(), members(t, id),
                        find(previous.members(), MemberData::iso3, id, c), find(current.members(), MemberData::iso3, id, c));
                case "partner" -> apply(t, journal, who, why, c.record(), partners(t, id),
                        find(previous.partners(), PartnerData::iso3, id, c), find(current.partners(), PartnerData::iso3, id, c));
                case "framework" -> apply(t, journal, who, why, c.record(), frameworks(t, id),
                        find(previous.frameworks(), FrameworkData::code, id, c), find(current.frameworks(), FrameworkData::code, id, c));
                default -> throw new IllegalArgumentException("correction record '" + c.record() + "': unknown kind '" + parts[0] + "'");
            };
            if (r == Result.CORRECTED) corrected.add(c.record());
            if (r == Result.KEPT) kept.add(c.record());
        }
        return new RegisterService.CorrectionOutcome(corrected, kept);
    }

    private static <D extends Record> Result apply(Tx t, Journal journal, Principal who, Why why, String subject, Kind<D> kind,
                                                   D previous, D current) {
        Optional<D> stored = kind.stored(subject);
        if (stored.isEmpty()) return Result.ABSENT; // not in this register: nothing to correct
        D target = merge(stored.get(), kind.canonical(current, subject), why.fields());
        if (target.equals(stored.get())) return Result.ALREADY_CORRECT;
        D loaded = merge(stored.get(), kind.canonical(previous, subject), why.fields());
        if (!loaded.equals(stored.get())) return Result.KEPT;
        D saved = kind.store(target, subject);
        RegisterEvents.record(t, journal, who, kind.event(new RegisterEvent.Correction(why.id(), why.reason(), why.fields()), saved));
        return Result.CORRECTED;
    }

    private static Kind<MissionData> missions(Tx t, String id) {
        Missions missions = t.repository(Missions.class);
        var current = missions.find(MissionId.of(id));
        return new Kind<>() {
            public Optional<MissionData> stored(String subject) { return current.map(m -> MissionData.from(m).withoutVersion()); }
            public MissionData canonical(MissionData d, String path) { return MissionData.from(valid(path, d::toModel)).withoutVersion(); }
            public MissionData store(MissionData next, String path) {
                var saved = missions.update(valid(path, next::toModel), current.orElseThrow().version())
                        .orElseThrow(() -> new Conflict("mission '" + id + "' changed while it was corrected"));
                return MissionData.from(saved).withoutVersion();
            }
            public RegisterEvent event(RegisterEvent.Correction why, MissionData saved) { return new RegisterEvent.MissionCorrected(why, saved); }
        };
    }

    private static Kind<EventData> events(Tx t, String id) {
        Events events = t.repository(Events.class);
        var current = events.find(EventId.of(id));
        return new Kind<>() {
            public Optional<EventData> stored(String subject) { return current.map(e -> EventData.from(e).withoutVersion()); }
            public EventData canonical(EventData d, String path) { return EventData.from(valid(path, d::toModel)).withoutVersion(); }
            public EventData store(EventData next, String path) {
                var saved = events.update(valid(path, next::toModel), current.orElseThrow().version())
                        .orElseThrow(() -> new Conflict("event '" + id + "' changed while it was corrected"));
                return EventData.from(saved).withoutVersion();
            }
            public RegisterEvent event(RegisterEvent.Correction why, EventData saved) { return new RegisterEvent.EventCorrected(why, saved); }
        };
    }

    private static Kind<MemberData> members(Tx t, String id) {
        Members members = t.repository(Members.class);
        Optional<Member> current = members.find(Iso3.of(id));
        return new Kind<>() {
            public Optional<MemberData> stored(String subject) { return current.map(MemberData::from); }
            public MemberData canonical(MemberData d, String path) { return MemberData.from(valid(path, d::toModel)); }
            public MemberData store(MemberData next, String path) {
                Member m = valid(path, next::toModel);
                members.put(m);
                return MemberData.from(m);
            }
            public RegisterEvent event(RegisterEvent.Correction why, MemberData saved) { return new RegisterEvent.MemberCorrected(why, saved); }
        };
    }

    private static Kind<PartnerData> partners(Tx t, String id) {
        Partners partners = t.repository(Partners.class);
        Optional<Partner> current = partners.find(Iso3.of(id));
        return new Kind<>() {
            public Optional<PartnerData> stored(String subject) { return current.map(PartnerData::from); }
            public PartnerData canonical(PartnerData d, String path) { return PartnerData.from(valid(path, d::toModel)); }
            public PartnerData store(PartnerData next, String path) {
                Partner p = valid(path, next::toModel);
                partners.put(p);
                return PartnerData.from(p);
            }
            public RegisterEvent event(RegisterEvent.Correction why, PartnerData saved) { return new RegisterEvent.PartnerCorrected(why, saved); }
        };
    }

    private static Kind<FrameworkData> frameworks(Tx t, String id) {
        Partners partners = t.repository(Partners.class);
        Optional<Framework> current = partners.frameworks().stream().filter(f -> f.code().equals(new FrameworkCode(id))).findFirst();
        return new Kind<>() {
            public Optional<FrameworkData> stored(String subject) { return current.map(FrameworkData::from); }
            public FrameworkData canonical(FrameworkData d, String path) { return FrameworkData.from(valid(path, d::toModel)); }
            public FrameworkData store(FrameworkData next, String path) {
                Framework f = valid(path, next::toModel);
                partners.putFramework(f);
                return FrameworkData.from(f);
            }
            public RegisterEvent event(RegisterEvent.Correction why, FrameworkData saved) { return new RegisterEvent.FrameworkCorrected(why, saved); }
        };
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
