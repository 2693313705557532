package org.concord.register.data;

import org.concord.register.model.CoreTask;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.register.model.StrengthPoint;
import org.concord.shared.Violations;

import java.util.ArrayList;
import java.util.List;

import static org.concord.register.data.Wire.*;

/**
 * A mission on the wire. {@code version} is the optimistic-lock version: ignored on create, required on update.
 */
public record MissionData(String id, String name, String acronym, String kind, String coreTask, String secondaryCoreTask,
                          String coreTaskBasis, String legalBasis, String area, String hostNation, String start, String end,
                          String scheduledEnd, String status, List<StrengthData> strength, List<String> leadNations,
                          List<String> contributors, List<String> partnerContributors, String note, List<String> sources,
                          String confidence, String classification, Long version) {

    public static MissionData from(Mission m) {
        return new MissionData(m.id().value(), m.name(), m.acronym().orElse(null), m.kind(), m.coreTask().name(),
                str(m.secondaryCoreTask()), m.coreTaskBasis().orElse(null), m.legalBasis(), m.area().orElse(null),
                str(m.hostNation()), m.start().toString(), str(m.end()), str(m.scheduledEnd()), m.status().name(),
                m.strength().isEmpty() ? null : m.strength().stream().map(StrengthData::from).toList(),
                codes(m.leadNations()), codes(m.contributors()), codes(m.partnerContributors()), m.note().orElse(null),
                Wire.sources(m.provenance()), m.provenance().confidence().name(),
                m.classification().equals(Wire.PUBLIC) ? null : m.classification(), m.version() == 0 ? null : m.version());
    }

    /** The same data without its version, as files carry it. */
    public MissionData withoutVersion() {
        return new MissionData(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, end, scheduledEnd, status, strength, leadNations, contributors, partnerContributors, note, sources,
                confidence, classification, null);
    }

    public Mission toModel(String path, Violations v) {
        String p = prefix(path);
        int before = v.size();
        var mid = required(v, p + "id", id, MissionId::new);
        required(v, p + "name", name);
        required(v, p + "kind", kind);
        var task = required(v, p + "coreTask", coreTask, enumOf(CoreTask.class));
        var task2 = optional(v, p + "secondaryCoreTask", secondaryCoreTask, enumOf(CoreTask.class));
        required(v, p + "legalBasis", legalBasis);
        var host = optional(v, p + "hostNation", hostNation, Wire::iso3);
        var s = required(v, p + "start", start, Wire::partial);
        var e = optional(v, p + "end", end, Wire::partial);
        var se = optional(v, p + "scheduledEnd", scheduledEnd, Wire::partial);
        var st = status == null ? MissionStatus.ACTIVE : v.parse(p + "status", () -> enumOf(MissionStatus.class).apply(status));
        if (s != null && e.isPresent() && e.get().last().isBefore(s.first()))
            v.add(p + "end", "'" + end + "' is before the start '" + start + "'");
        if (s != null && se.isPresent() && se.get().last().isBefore(s.first()))
            v.add(p + "scheduledEnd", "'" + scheduledEnd + "' is before the start '" + start + "'");
        if (st == MissionStatus.TERMINATED && e.isEmpty() && end == null) v.add(p + "end", "is required for a TERMINATED mission");
        List<StrengthPoint> points = new ArrayList<>();
        if (strength != null)
            for (int i = 0; i < strength.size(); i++) {
                var sp = strength.get(i);
                if (sp == null) v.add(p + "strength[" + i + "]", "must not be null");
                else points.add(sp.toModel(p + "strength[" + i + "]", v, confidence));
            }
        var lead = isoList(v, p + "leadNations", leadNations);
        var contrib = isoList(v, p + "contributors", contributors);
        var partnerContrib = isoList(v, p + "partnerContributors", partnerContributors);
        var prov = provenance(v, p, sources, confidence);
        if (v.size() > before) return null;
        return v.parse(path.isEmpty() ? "mission" : path, () -> new Mission(mid, name, text(acronym), kind, task, task2,
                text(coreTaskBasis), legalBasis, text(area), host, s, e, se, st, points, lead, contrib, partnerContrib,
                text(note), prov, classification == null || classification.isBlank() ? Wire.PUBLIC : classification, version == null ? 0 : version));
    }
}
