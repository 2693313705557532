package org.concord.register.data;

import org.concord.register.model.CoreTask;
import org.concord.register.model.LeadTerm;
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
 * {@code leads} are the dated leading roles. {@code leadNations} is what readers see of them: the nations leading on the
 * read date (files and the journal leave it out). On input it is read only when {@code leads} is absent (register files
 * written before lead nations were dated), as nations leading throughout the mission; beside {@code leads} it must
 * name only nations of {@code leads}.
 */
public record MissionData(String id, String name, String acronym, String kind, String coreTask, String secondaryCoreTask,
                          String coreTaskBasis, String legalBasis, String area, String hostNation, String start, String end,
                          String scheduledEnd, String status, List<StrengthData> strength, List<String> leadNations,
                          List<LeadData> leads, List<String> contributors, List<String> partnerContributors,
                          List<ContributionData> contributions, ReviewCycleData reviewCycle, FundedCostData commonFundedCost,
                          String note, List<String> sources, String confidence, String classification, Long version) {
    /** The marking of a mission that names none. */
    public static final String DEFAULT_CLASSIFICATION = Wire.PUBLIC;

    /** A mission without contributions by nation, review cycle or common-funded cost (as files before them wrote it). */
    public MissionData(String id, String name, String acronym, String kind, String coreTask, String secondaryCoreTask,
                       String coreTaskBasis, String legalBasis, String area, String hostNation, String start, String end,
                       String scheduledEnd, String status, List<StrengthData> strength, List<String> leadNations,
                       List<LeadData> leads, List<String> contributors, List<String> partnerContributors, String note, List<String> sources,
                       String confidence, String classification, Long version) {
        this(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation, start, end, scheduledEnd,
                status, strength, leadNations, leads, contributors, partnerContributors, null, null, null, note, sources, confidence,
                classification, version);
    }

    /** The mission as files, the journal and the store keep it: dated leads, no derived {@code leadNations}. */
    public static MissionData from(Mission m) {
        return new MissionData(m.id().value(), m.name(), m.acronym().orElse(null), m.kind(), m.coreTask().name(),
                str(m.secondaryCoreTask()), m.coreTaskBasis().orElse(null), m.legalBasis(), m.area().orElse(null),
                str(m.hostNation()), m.start().toString(), str(m.end()), str(m.scheduledEnd()), m.status().name(),
                m.strength().isEmpty() ? null : m.strength().stream().map(StrengthData::from).toList(),
                null, m.leads().isEmpty() ? null : m.leads().stream().map(LeadData::from).toList(), codes(m.contributors()), codes(m.partnerContributors()),
                m.contributions().isEmpty() ? null : m.contributions().stream().map(ContributionData::from).toList(),
                m.reviewCycle().map(ReviewCycleData::from).orElse(null), m.commonFundedCost().map(FundedCostData::from).orElse(null),
                m.note().orElse(null),
                Wire.sources(m.provenance()), m.provenance().confidence().name(),
                m.classification().equals(Wire.PUBLIC) ? null : m.classification(), m.version() == 0 ? null : m.version());
    }

    /** The mission as a reader sees it on {@code day}: {@link #from(Mission)} plus the nations leading on that day. */
    public static MissionData from(Mission m, java.time.LocalDate day) {
        return from(m).withLeadNations(m.leadNationsOn(day).stream().map(org.concord.shared.Iso3::code).toList());
    }

    private MissionData withLeadNations(List<String> nations) {
        return new MissionData(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, end, scheduledEnd, status, strength, nations, leads, contributors, partnerContributors, contributions, reviewCycle,
                commonFundedCost, note, sources,
                confidence, classification, version);
    }

    /** The same data without its version, as files carry it. */
    public MissionData withoutVersion() {
        return new MissionData(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, end, scheduledEnd, status, strength, leadNations, leads, contributors, partnerContributors, contributions, reviewCycle,
                commonFundedCost, note, sources,
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
        var nations = isoList(v, p + "leadNations", leadNations);
        var prov = provenance(v, p, sources, confidence);
        List<LeadTerm> lead = new ArrayList<>();
        if (leads != null) {
            for (int i = 0; i < leads.size(); i++) {
                var l = leads.get(i);
                if (l == null) v.add(p + "leads[" + i + "]", "must not be null");
                else {
                    LeadTerm term = l.toModel(p + "leads[" + i + "]", v, confidence);
                    if (term != null) lead.add(term);
                }
            }
            var named = leads.stream().filter(java.util.Objects::nonNull).map(LeadData::nation).toList();
            if (leadNations != null)
                for (int i = 0; i < leadNations.size(); i++)
                    if (!named.contains(leadNations.get(i)))
                        v.add(p + "leadNations[" + i + "]", "'" + leadNations.get(i) + "' is not in leads: leadNations shows the nations of leads on the read date; change leads instead");
        } else nations.forEach(n -> lead.add(LeadTerm.throughout(n, prov)));
        var contrib = isoList(v, p + "contributors", contributors);
        var partnerContrib = isoList(v, p + "partnerContributors", partnerContributors);
        List<org.concord.register.model.Contribution> byNation = new ArrayList<>();
        if (contributions != null)
            for (int i = 0; i < contributions.size(); i++) {
                var c = contributions.get(i);
                if (c == null) v.add(p + "contributions[" + i + "]", "must not be null");
                else {
                    var model = c.toModel(p + "contributions[" + i + "]", v, confidence);
                    if (model != null) byNation.add(model);
                }
            }
        var cycle = reviewCycle == null ? null : reviewCycle.toModel(p + "reviewCycle", v);
        var cost = commonFundedCost == null ? null : commonFundedCost.toModel(p + "commonFundedCost", v);
        if (v.size() > before) return null;
        return v.parse(path.isEmpty() ? "mission" : path, () -> new Mission(mid, name, text(acronym), kind, task, task2,
                text(coreTaskBasis), legalBasis, text(area), host, s, e, se, st, points, lead, contrib, partnerContrib,
                byNation, java.util.Optional.ofNullable(cycle), java.util.Optional.ofNullable(cost), text(note), prov, classification == null || classification.isBlank() ? Wire.PUBLIC : classification, version == null ? 0 : version));
    }
}
