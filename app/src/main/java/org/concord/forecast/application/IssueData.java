package org.concord.forecast.application;

import org.concord.shared.CalendarDate;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.IssueId;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Iso3;
import org.concord.shared.Violations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A forecast issue on the wire: the questions file, the API and the CLI's JSON. Field names follow the questions file.
 *
 * @param id          a slug, e.g. {@code nmi-end}
 * @param item        the decision item it forecasts, e.g. {@code nmi-termination-2026}; optional
 * @param scale0      what 0 on the scale means
 * @param scale100    what 100 means
 * @param statusQuo   0-100
 * @param proposal    0-100
 * @param rule        UNANIMITY (default), QMV or MAJORITY
 * @param threshold   the vote share QMV needs, in (0.5, 1]; only with QMV (default 0.74)
 * @param voteWeights member ISO3 to vote weight (default 1 each)
 * @param proposer    the proposing member's ISO3, or CHAIR
 * @param date        YYYY-MM-DD: the members on this day are the actors
 * @param capability  member ISO3 to capability (default 1)
 * @param salience    member ISO3 to salience 0-100 (default 50)
 * @param classification its marking and releasability, like an item's (default NATO UNCLASSIFIED; the built-in,
 *                    press-derived issues are PUBLIC)
 */
public record IssueData(String id, String item, String title, String scale0, String scale100, Double statusQuo, Double proposal,
                        String rule, Double threshold, Map<String, Double> voteWeights, String proposer, String date,
                        Map<String, Double> capability, Map<String, Double> salience, String note, List<String> sources,
                        String classification) {
    public static final String CHAIR = "CHAIR";
    /** QMV vote share when none is given, as the validation tool's default. */
    public static final double DEFAULT_QMV_THRESHOLD = 0.74;

    /** An issue without a marking: it gets the default. */
    public IssueData(String id, String item, String title, String scale0, String scale100, Double statusQuo, Double proposal,
                     String rule, Double threshold, Map<String, Double> voteWeights, String proposer, String date,
                     Map<String, Double> capability, Map<String, Double> salience, String note, List<String> sources) {
        this(id, item, title, scale0, scale100, statusQuo, proposal, rule, threshold, voteWeights, proposer, date, capability, salience,
                note, sources, null);
    }

    /** The marking given, or {@code dflt}. */
    public String classificationOr(String dflt) { return classification == null || classification.isBlank() ? dflt : classification; }

    /** The same issue with its marking. */
    public IssueData marked(String marking) {
        return new IssueData(id, item, title, scale0, scale100, statusQuo, proposal, rule, threshold, voteWeights, proposer,
                date, capability, salience, note, sources, marking);
    }

    static IssueData from(IssueDefinition d, String classification) { return from(d).marked(classification); }

    public static IssueData from(IssueDefinition d) {
        Double threshold = d.rule() instanceof DecisionRule.Qmv q ? q.voteShare() : null;
        return new IssueData(d.id().value(), d.item().map(ItemId::value).orElse(null), d.title(), d.zeroMeans(), d.hundredMeans(),
                d.statusQuo(), d.proposal(), d.rule().code(), threshold, codes(d.voteWeights()),
                d.proposer().map(Iso3::code).orElse(CHAIR), d.date().toString(), codes(d.capabilities()), codes(d.saliences()),
                d.note().orElse(null), d.sources().isEmpty() ? null : d.sources());
    }

    /** The same issue decided on {@code day} (the questions file dates an issue by its decision item). */
    public IssueData withDate(LocalDate day) {
        return new IssueData(id, item, title, scale0, scale100, statusQuo, proposal, rule, threshold, voteWeights, proposer,
                day.toString(), capability, salience, note, sources, classification);
    }

    /**
     * @param path prefix of the field names in violations (e.g. {@code issues[2]}), or empty
     * @return the definition, or null with every violation added
     */
    public IssueDefinition toModel(String path, Violations v) {
        String p = path.isEmpty() ? "" : path + ".";
        int before = v.size();
        IssueId iid = required(v, p + "id", id, IssueId::of);
        Optional<ItemId> iref = item == null || item.isBlank() ? Optional.empty() : Optional.ofNullable(v.parse(p + "item", () -> ItemId.of(item)));
        text(v, p + "title", title);
        text(v, p + "scale0", scale0);
        text(v, p + "scale100", scale100);
        scale(v, p + "statusQuo", statusQuo);
        scale(v, p + "proposal", proposal);
        DecisionRule r = rule(v, p);
        Optional<Iso3> prop = Optional.empty();
        if (proposer == null || proposer.isBlank()) v.add(p + "proposer", "is required: a member's ISO3 code, or CHAIR");
        else if (!proposer.equals(CHAIR)) prop = Optional.ofNullable(v.parse(p + "proposer", () -> Iso3.of(proposer)));
        LocalDate day = required(v, p + "date", date, IssueData::day);
        Map<Iso3, Double> caps = overrides(v, p + "capability", capability, x -> x > 0 && x < Double.POSITIVE_INFINITY, "finite and above 0");
        Map<Iso3, Double> sals = overrides(v, p + "salience", salience, x -> x >= 0 && x <= 100, "on the 0-100 scale");
        Map<Iso3, Double> weights = overrides(v, p + "voteWeights", voteWeights, x -> x >= 0 && x < Double.POSITIVE_INFINITY, "finite and at least 0");
        if (sources != null) for (int i = 0; i < sources.size(); i++) {
            String s = sources.get(i);
            if (s == null || !s.matches("[A-Za-z0-9_.-]{1,40}")) v.add(p + "sources[" + i + "]", "'" + s + "' must be 1-40 letters, digits, '_', '.', '-'");
        }
        if (v.size() > before) return null;
        Optional<Iso3> proposerFinal = prop;
        return v.parse(p.isEmpty() ? "issue" : path, () -> new IssueDefinition(iid, iref, title, scale0, scale100, statusQuo, proposal, r,
                proposerFinal, day, caps, sals, weights, Optional.ofNullable(note).filter(n -> !n.isBlank()),
                sources == null ? List.of() : sources));
    }

    private DecisionRule rule(Violations v, String p) {
        String code = rule == null || rule.isBlank() ? "UNANIMITY" : rule.toUpperCase(Locale.ROOT);
        if (threshold != null && !code.equals("QMV")) v.add(p + "threshold", "applies only to rule QMV, not " + code);
        return switch (code) {
            case "UNANIMITY" -> DecisionRule.UNANIMITY;
            case "MAJORITY" -> DecisionRule.MAJORITY;
            case "QMV" -> v.parse(p + "threshold", () -> DecisionRule.qmv(threshold == null ? DEFAULT_QMV_THRESHOLD : threshold));
            default -> {
                v.add(p + "rule", "must be UNANIMITY, QMV or MAJORITY, was '" + rule + "'");
                yield null;
            }
        };
    }

    static <T> T required(Violations v, String field, String value, java.util.function.Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        return v.parse(field, () -> parse.apply(value));
    }

    private static void text(Violations v, String field, String value) {
        if (value == null || value.isBlank()) v.add(field, "is required");
    }

    private static void scale(Violations v, String field, Double x) {
        if (x == null) v.add(field, "is required: a number on the 0-100 scale");
        else if (!(x >= 0 && x <= 100)) v.add(field, "must be on the 0-100 scale, was " + x);
    }

    private static Map<Iso3, Double> overrides(Violations v, String field, Map<String, Double> raw,
                                               java.util.function.DoublePredicate ok, String range) {
        Map<Iso3, Double> out = new LinkedHashMap<>();
        if (raw == null) return out;
        raw.forEach((k, x) -> {
            Iso3 code = v.parse(field + "." + k, () -> Iso3.of(k));
            if (x == null || !ok.test(x)) v.add(field + "." + k, "must be " + range + ", was " + x);
            else if (code != null) out.put(code, x);
        });
        return out;
    }

    /**
     * A day written YYYY-MM-DD.
     *
     * @throws IllegalArgumentException naming the text if it is not such a day
     */
    public static LocalDate day(String text) {
        if (text == null) throw new IllegalArgumentException("'null' is not a date (YYYY-MM-DD)");
        return CalendarDate.parse(text, CalendarDate.DAYS).first();
    }

    private static Map<String, Double> codes(Map<Iso3, Double> m) {
        if (m.isEmpty()) return null;
        Map<String, Double> out = new LinkedHashMap<>();
        m.forEach((k, x) -> out.put(k.code(), x));
        return out;
    }
}
