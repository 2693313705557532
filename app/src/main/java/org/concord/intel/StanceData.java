package org.concord.intel;

import org.concord.forecast.application.IssueData;
import org.concord.forecast.model.AdmiraltyGrade;
import org.concord.forecast.model.IssueId;
import org.concord.shared.Iso3;
import org.concord.shared.Violations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reported stance on the wire (the API, the CLI's JSON, the stored document). Exactly one of {@code actor} and
 * {@code group} is given.
 *
 * @param id         the stance's number; absent on the way in
 * @param issue      the forecast issue id
 * @param actor      the member's ISO3 code
 * @param group      MOST_ALLIES, EUROPEAN_ALLIES, UNKNOWN_ALLY or SECRETARIAT
 * @param reportedOn YYYY-MM-DD
 * @param source     who said it, to whom
 * @param grade      the Admiralty grade: reliability A-F, then credibility 1-6, e.g. B2
 * @param gradeNote  why that grade
 * @param position   the implied position on the issue's 0-100 scale
 * @param quote      the words reported
 * @param note       the analyst's note
 * @param sources    source keys of the reference catalogue
 * @param classification its marking and releasability, like an item's (default NATO UNCLASSIFIED; the built-in,
 *                   press-derived stances are PUBLIC)
 */
public record StanceData(Long id, String issue, String actor, String group, String reportedOn, String source, String grade,
                         String gradeNote, Double position, String quote, String note, List<String> sources, String classification) {
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    /** A stance without a marking: it gets the default. */
    public StanceData(Long id, String issue, String actor, String group, String reportedOn, String source, String grade,
                      String gradeNote, Double position, String quote, String note, List<String> sources) {
        this(id, issue, actor, group, reportedOn, source, grade, gradeNote, position, quote, note, sources, null);
    }

    /** The marking given, or {@code dflt}. */
    public String classificationOr(String dflt) { return classification == null || classification.isBlank() ? dflt : classification; }

    /** The same stance with its marking. */
    public StanceData marked(String marking) {
        return new StanceData(id, issue, actor, group, reportedOn, source, grade, gradeNote, position, quote, note, sources, marking);
    }

    /** The stance as it is stored and journaled: without an id. */
    public static StanceData of(ReportedStance s) {
        return new StanceData(null, s.issue().value(),
                s.subject() instanceof StanceSubject.Ally a ? a.nation().code() : null,
                s.subject() instanceof StanceSubject.Group g ? g.group().name() : null,
                s.reportedOn().toString(), s.source(), s.grade().toString(), s.gradeNote().orElse(null), s.position(), s.quote(),
                s.note().orElse(null), s.sources().isEmpty() ? null : s.sources());
    }

    /** A recorded stance, with its id. */
    static StanceData from(Stances.Recorded r) {
        StanceData d = of(r.stance());
        return new StanceData(r.id().value(), d.issue, d.actor, d.group, d.reportedOn, d.source, d.grade, d.gradeNote, d.position,
                d.quote, d.note, d.sources, r.classification());
    }

    /** @return the stance, or null with every violation added */
    public ReportedStance toModel(Violations v) {
        int before = v.size();
        IssueId iid = null;
        if (issue == null || issue.isBlank()) v.add("issue", "is required");
        else iid = v.parse("issue", () -> IssueId.of(issue));
        StanceSubject subject = subject(v);
        LocalDate day = null;
        if (reportedOn == null || reportedOn.isBlank()) v.add("reportedOn", "is required (YYYY-MM-DD)");
        else day = v.parse("reportedOn", () -> IssueData.day(reportedOn));
        if (source == null || source.isBlank()) v.add("source", "is required: who said it, to whom");
        AdmiraltyGrade g = null;
        if (grade == null || grade.isBlank()) v.add("grade", "is required: reliability A-F and credibility 1-6, e.g. B2");
        else g = v.parse("grade", () -> AdmiraltyGrade.parse(grade));
        if (position == null) v.add("position", "is required: a number on the issue's 0-100 scale");
        else if (!(position >= 0 && position <= 100)) v.add("position", "must be on the 0-100 scale, was " + position);
        if (quote == null || quote.isBlank()) v.add("quote", "is required: the words reported");
        List<String> keys = sources == null ? List.of() : sources;
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k == null || !KEY.matcher(k).matches()) v.add("sources[" + i + "]", "'" + k + "' must be 1-40 letters, digits, '_', '.', '-'");
        }
        if (v.size() > before) return null;
        return new ReportedStance(iid, subject, day, source.strip(), g, text(gradeNote), position, quote.strip(), text(note), keys);
    }

    private StanceSubject subject(Violations v) {
        boolean hasActor = actor != null && !actor.isBlank(), hasGroup = group != null && !group.isBlank();
        if (hasActor && hasGroup) {
            v.add("group", "give either an actor or a group, not both");
            return null;
        }
        if (!hasActor && !hasGroup) {
            v.add("actor", "is required: a member's ISO3 code, or give a group (" + Arrays.toString(StanceGroup.values()) + ")");
            return null;
        }
        if (hasActor) {
            Iso3 code = v.parse("actor", () -> Iso3.of(actor));
            return code == null ? null : new StanceSubject.Ally(code);
        }
        try {
            return new StanceSubject.Group(StanceGroup.valueOf(group.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            v.add("group", "must be one of " + Arrays.toString(StanceGroup.values()) + ", was '" + group + "'");
            return null;
        }
    }

    private static Optional<String> text(String s) { return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip()); }
}
