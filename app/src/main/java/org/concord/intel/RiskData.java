package org.concord.intel;

import org.concord.forecast.application.IssueData;
import org.concord.forecast.model.AdmiraltyGrade;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.MissionId;
import org.concord.shared.Violations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A risk on the wire (the API, the CLI's JSON, the stored document). It is attached to exactly one of a mission, an
 * item, or an option ({@code item} and {@code option} both given).
 *
 * @param id             the risk's number; absent on the way in
 * @param mission        the mission's id
 * @param item           the decision item's id
 * @param option         the option's key within {@code item}
 * @param what           what may happen
 * @param where          where
 * @param condition      under what condition, e.g. "if NMI ends"
 * @param assessedBy     who assessed it, to whom (the source)
 * @param grade          the source's Admiralty grade: reliability A-F, then credibility 1-6, e.g. B3
 * @param likelihood     REMOTE_CHANCE, HIGHLY_UNLIKELY, UNLIKELY, REALISTIC_POSSIBILITY, LIKELY, HIGHLY_LIKELY or ALMOST_CERTAIN
 * @param impact         NEGLIGIBLE, MINOR, MODERATE, MAJOR or SEVERE
 * @param assessedOn     YYYY-MM-DD
 * @param quote          the words reported
 * @param note           the analyst's note
 * @param sources        source keys of the reference catalogue
 * @param classification its marking (default NATO UNCLASSIFIED; never lower than what it is attached to)
 */
public record RiskData(Long id, String mission, String item, String option, String what, String where, String condition,
                       String assessedBy, String grade, String likelihood, String impact, String assessedOn, String quote,
                       String note, List<String> sources, String classification) {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    /** The marking given, or {@code dflt}. */
    public String classificationOr(String dflt) { return classification == null || classification.isBlank() ? dflt : classification; }

    /** The same risk with its marking. */
    public RiskData marked(String marking) {
        return new RiskData(id, mission, item, option, what, where, condition, assessedBy, grade, likelihood, impact, assessedOn, quote,
                note, sources, marking);
    }

    /** The risk as stored: without an id or marking (they are columns). */
    public static RiskData of(Risk r) {
        String mission = r.target() instanceof RiskTarget.OnMission m ? m.id().value() : null;
        String option = r.target() instanceof RiskTarget.OnOption o ? o.key() : null;
        return new RiskData(null, mission, r.target().onItem().map(ItemId::value).orElse(null), option, r.what(), r.where(),
                r.condition().orElse(null), r.assessedBy(), r.grade().toString(), r.likelihood().name(), r.impact().name(),
                r.assessedOn().toString(), r.quote().orElse(null), r.note().orElse(null), r.sources().isEmpty() ? null : r.sources(), null);
    }

    /** A recorded risk, with its id and marking. */
    static RiskData from(Risks.Recorded r) {
        RiskData d = of(r.risk());
        return new RiskData(r.id(), d.mission, d.item, d.option, d.what, d.where, d.condition, d.assessedBy, d.grade, d.likelihood,
                d.impact, d.assessedOn, d.quote, d.note, d.sources, r.classification());
    }

    /** @return the risk, or null with every violation added */
    public Risk toModel(Violations v) {
        int before = v.size();
        RiskTarget target = target(v);
        if (what == null || what.isBlank()) v.add("what", "is required: what may happen");
        if (where == null || where.isBlank()) v.add("where", "is required: where it may happen");
        if (assessedBy == null || assessedBy.isBlank()) v.add("assessedBy", "is required: who assessed it, to whom");
        AdmiraltyGrade g = null;
        if (grade == null || grade.isBlank()) v.add("grade", "is required: reliability A-F and credibility 1-6, e.g. B3");
        else g = v.parse("grade", () -> AdmiraltyGrade.parse(grade));
        Likelihood l = parse(v, "likelihood", likelihood, Likelihood.class);
        Impact i = parse(v, "impact", impact, Impact.class);
        LocalDate day = null;
        if (assessedOn == null || assessedOn.isBlank()) v.add("assessedOn", "is required (YYYY-MM-DD)");
        else day = v.parse("assessedOn", () -> IssueData.day(assessedOn));
        List<String> keys = sources == null ? List.of() : sources;
        for (int k = 0; k < keys.size(); k++)
            if (keys.get(k) == null || !KEY.matcher(keys.get(k)).matches())
                v.add("sources[" + k + "]", "'" + keys.get(k) + "' must be 1-40 letters, digits, '_', '.', '-'");
        if (v.size() > before) return null;
        return new Risk(target, what.strip(), where.strip(), text(condition), assessedBy.strip(), g, l, i, day, text(quote), text(note), keys);
    }

    private RiskTarget target(Violations v) {
        boolean m = present(mission), it = present(item), o = present(option);
        if (m && (it || o)) {
            v.add("mission", "attach a risk to one mission, item or option, not several");
            return null;
        }
        if (o && !it) {
            v.add("item", "is required with an option: the item the option belongs to");
            return null;
        }
        if (!m && !it) {
            v.add("mission", "is required: a mission, an item, or an item and its option the risk is attached to");
            return null;
        }
        if (m) {
            MissionId id = v.parse("mission", () -> MissionId.of(mission));
            return id == null ? null : new RiskTarget.OnMission(id);
        }
        ItemId id = v.parse("item", () -> ItemId.of(item));
        if (id == null) return null;
        return o ? new RiskTarget.OnOption(id, option.strip()) : new RiskTarget.OnItem(id);
    }

    private static <E extends Enum<E>> E parse(Violations v, String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required: one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            v.add(field, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was '" + text + "'");
            return null;
        }
    }

    private static boolean present(String s) { return s != null && !s.isBlank(); }

    private static Optional<String> text(String s) { return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip()); }
}
