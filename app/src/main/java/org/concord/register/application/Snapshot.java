package org.concord.register.application;

import org.concord.journal.Journal;
import org.concord.register.data.BodyData;
import org.concord.register.data.EventData;
import org.concord.register.data.FrameworkData;
import org.concord.register.data.MemberData;
import org.concord.register.data.MissionData;
import org.concord.register.data.PartnerData;
import org.concord.register.data.RegisterFile;
import org.concord.register.model.Bodies;
import org.concord.register.model.Body;
import org.concord.register.model.BodyId;
import org.concord.register.model.Event;
import org.concord.register.model.EventId;
import org.concord.register.model.Events;
import org.concord.register.model.Framework;
import org.concord.register.model.FrameworkCode;
import org.concord.register.model.Member;
import org.concord.register.model.Members;
import org.concord.register.model.Mission;
import org.concord.register.model.Missions;
import org.concord.register.model.Organisation;
import org.concord.register.model.Partner;
import org.concord.register.model.Partners;
import org.concord.register.model.RegisterSettings;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Violations;
import org.concord.shared.tx.Tx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** A register file checked as a whole: every record valid, every cross-reference resolved, no id twice. */
final class Snapshot {
    private final Organisation organisation;
    private final Map<String, String> references;
    private final List<Framework> frameworks;
    private final List<Member> members;
    private final List<Partner> partners;
    private final List<Body> bodies;
    private final List<Mission> missions;
    private final List<Event> events;

    private Snapshot(Organisation organisation, Map<String, String> references, List<Framework> frameworks, List<Member> members,
                     List<Partner> partners, List<Body> bodies, List<Mission> missions, List<Event> events) {
        this.organisation = organisation;
        this.references = references;
        this.frameworks = frameworks;
        this.members = members;
        this.partners = partners;
        this.bodies = bodies;
        this.missions = missions;
        this.events = events;
    }

    /** @throws org.concord.shared.InvalidInput listing every violation by its path in the file */
    static Snapshot validate(RegisterFile f) {
        Violations v = new Violations();
        if (!RegisterFile.FORMAT.equals(f.format())) v.add("format", "must be '" + RegisterFile.FORMAT + "', got '" + f.format() + "'");
        Organisation org = null;
        if (f.organisation() == null) v.add("organisation", "is required");
        else org = f.organisation().toModel("organisation", v);
        Map<String, String> refs = new TreeMap<>(f.references() == null ? Map.of() : f.references());
        refs.forEach((k, c) -> {
            if (!k.matches("[A-Za-z0-9_.-]{1,40}")) v.add("references." + k, "is not a valid source key");
            if (c == null || c.isBlank()) v.add("references." + k, "needs a citation");
        });
        List<Framework> fws = each(f.frameworks(), "frameworks", v, FrameworkData::toModel);
        List<Member> ms = each(f.members(), "members", v, MemberData::toModel);
        List<Partner> ps = each(f.partners(), "partners", v, PartnerData::toModel);
        List<Body> bs = each(f.bodies(), "bodies", v, BodyData::toModel);
        List<Mission> mis = each(f.missions(), "missions", v, MissionData::toModel);
        List<Event> evs = each(f.events(), "events", v, (e, path, vv) -> e.withoutVersion().toModel(path, vv));

        unique(v, "frameworks", fws, Framework::code);
        unique(v, "members", ms, Member::iso3);
        unique(v, "partners", ps, Partner::iso3);
        unique(v, "bodies", bs, Body::id);
        unique(v, "missions", mis, Mission::id);
        unique(v, "events", evs, Event::id);

        Set<FrameworkCode> fwCodes = codes(fws, Framework::code);
        Set<Iso3> memberCodes = codes(ms, Member::iso3);
        Set<Iso3> partnerCodes = codes(ps, Partner::iso3);
        Set<BodyId> bodyIds = codes(bs, Body::id);
        Set<EventId> eventIds = codes(evs, Event::id);
        for (int i = 0; i < ps.size(); i++)
            for (int j = 0; j < ps.get(i).frameworks().size(); j++) {
                var code = ps.get(i).frameworks().get(j).framework();
                if (!fwCodes.contains(code)) v.add("partners[" + i + "].frameworks[" + j + "].framework", "'" + code + "' is not a listed framework");
            }
        for (int i = 0; i < ms.size(); i++)
            if (partnerCodes.contains(ms.get(i).iso3())) v.add("partners", "'" + ms.get(i).iso3() + "' is listed as a member and as a partner");
        for (int i = 0; i < bs.size(); i++)
            for (int j = 0; j < bs.get(i).members().size(); j++)
                if (!memberCodes.contains(bs.get(i).members().get(j))) v.add("bodies[" + i + "].members[" + j + "]", "'" + bs.get(i).members().get(j) + "' is not a member");
        for (int i = 0; i < mis.size(); i++) {
            Mission m = mis.get(i);
            for (int j = 0; j < m.leads().size(); j++) {
                Iso3 n = m.leads().get(j).nation();
                if (!memberCodes.contains(n) && !partnerCodes.contains(n)) v.add("missions[" + i + "].leads[" + j + "].nation", "'" + n + "' is not a member or partner");
            }
            checkAll(v, "missions[" + i + "].contributors", m.contributors(), memberCodes, Set.of(), "a member");
            checkAll(v, "missions[" + i + "].partnerContributors", m.partnerContributors(), partnerCodes, Set.of(), "a partner");
        }
        for (int i = 0; i < evs.size(); i++) {
            Event e = evs.get(i);
            if (e.parent().isPresent() && !eventIds.contains(e.parent().get())) v.add("events[" + i + "].parent", "'" + e.parent().get() + "' is not a listed event");
            for (int s = 0; s < e.sessions().size(); s++) {
                var session = e.sessions().get(s);
                String sp = "events[" + i + "].sessions[" + s + "]";
                if (!bodyIds.contains(session.body())) v.add(sp + ".body", "'" + session.body() + "' is not a listed body");
                for (int k = 0; k < session.invitations().size(); k++) {
                    Iso3 c = session.invitations().get(k).country();
                    if (!partnerCodes.contains(c)) v.add(sp + ".invitations[" + k + "].country", "'" + c + "' is not a partner");
                }
            }
        }
        if (org != null && !bodyIds.contains(org.defaultBody())) v.add("organisation.defaultBody", "'" + org.defaultBody() + "' is not a listed body");
        checkSources(v, refs, f);
        v.throwIfAny();
        return new Snapshot(org, refs, fws, ms, ps, bs, mis, evs);
    }

    private static void checkSources(Violations v, Map<String, String> refs, RegisterFile f) {
        if (refs.isEmpty()) return; // a file without a source catalogue is allowed; its keys stay opaque
        List<String> used = new ArrayList<>();
        if (f.members() != null) f.members().forEach(m -> addAll(used, m.sources()));
        if (f.partners() != null) f.partners().forEach(p -> addAll(used, p.sources()));
        if (f.missions() != null) f.missions().forEach(m -> addAll(used, m.sources()));
        if (f.events() != null) f.events().forEach(e -> addAll(used, e.sources()));
        for (String key : used)
            if (!refs.containsKey(key)) v.add("references", "source key '" + key + "' is used but not listed");
    }

    private static void addAll(List<String> into, List<String> keys) { if (keys != null) into.addAll(keys); }

    private static void checkAll(Violations v, String field, List<Iso3> codes, Set<Iso3> a, Set<Iso3> b, String what) {
        for (int j = 0; j < codes.size(); j++)
            if (!a.contains(codes.get(j)) && !b.contains(codes.get(j))) v.add(field + "[" + j + "]", "'" + codes.get(j) + "' is not " + what);
    }

    interface ToModel<D, M> { M apply(D data, String path, Violations v); }

    private static <D, M> List<M> each(List<D> list, String name, Violations v, ToModel<D, M> toModel) {
        List<M> out = new ArrayList<>();
        if (list == null) return out;
        for (int i = 0; i < list.size(); i++) {
            D d = list.get(i);
            if (d == null) {
                v.add(name + "[" + i + "]", "must not be null");
                continue;
            }
            M m = toModel.apply(d, name + "[" + i + "]", v);
            if (m != null) out.add(m);
        }
        return out;
    }

    private static <M, K> void unique(Violations v, String name, List<M> list, Function<M, K> key) {
        Set<K> seen = new HashSet<>();
        for (M m : list) if (!seen.add(key.apply(m))) v.add(name, "'" + key.apply(m) + "' is listed twice");
    }

    private static <M, K> Set<K> codes(List<M> list, Function<M, K> key) {
        Set<K> s = new HashSet<>();
        list.forEach(m -> s.add(key.apply(m)));
        return s;
    }

    /** Writes everything inside {@code t}, one journal event per record. */
    void store(Tx t, Journal journal, Principal who) {
        RegisterSettings settings = t.repository(RegisterSettings.class);
        settings.putOrganisation(organisation);
        RegisterEvents.record(t, journal, who, new RegisterEvent.OrganisationRecorded(org.concord.register.data.OrganisationData.from(organisation)));
        references.forEach(settings::putReference);
        if (!references.isEmpty()) RegisterEvents.record(t, journal, who, new RegisterEvent.ReferencesRecorded(references));
        Partners p = t.repository(Partners.class);
        for (Framework fw : frameworks) {
            p.putFramework(fw);
            RegisterEvents.record(t, journal, who, new RegisterEvent.FrameworkRecorded(FrameworkData.from(fw)));
        }
        Members mem = t.repository(Members.class);
        for (Member m : members) {
            mem.put(m);
            RegisterEvents.record(t, journal, who, new RegisterEvent.MemberRecorded(MemberData.from(m)));
        }
        for (Partner partner : partners) {
            p.put(partner);
            RegisterEvents.record(t, journal, who, new RegisterEvent.PartnerRecorded(PartnerData.from(partner)));
        }
        Bodies b = t.repository(Bodies.class);
        for (Body body : bodies) {
            b.put(body);
            RegisterEvents.record(t, journal, who, new RegisterEvent.BodyRecorded(BodyData.from(body)));
        }
        Missions mis = t.repository(Missions.class);
        for (Mission m : missions) {
            Mission stored = mis.insert(m.withVersion(0));
            RegisterEvents.record(t, journal, who, new RegisterEvent.MissionCreated(MissionData.from(stored).withoutVersion()));
        }
        Events ev = t.repository(Events.class);
        for (Event e : events) {
            Event stored = ev.insert(e.withVersion(0));
            RegisterEvents.record(t, journal, who, new RegisterEvent.EventRecorded(EventData.from(stored).withoutVersion()));
        }
    }

    RegisterService.ImportSummary summary() {
        return new RegisterService.ImportSummary(members.size(), partners.size(), frameworks.size(), bodies.size(), missions.size(),
                events.size(), references.size());
    }
}
