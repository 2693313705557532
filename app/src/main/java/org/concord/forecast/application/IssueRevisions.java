package org.concord.forecast.application;

import org.concord.shared.InvalidInput;
import org.concord.shared.Violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** How a revision or a correction changes an issue's wire form, field by field. Pure. */
final class IssueRevisions {
    private IssueRevisions() {}

    /** The value of a revisable wire field of {@code d}. */
    static Object value(IssueData d, String field) {
        return switch (field) {
            case "title" -> d.title();
            case "scale0" -> d.scale0();
            case "scale100" -> d.scale100();
            case "statusQuo" -> d.statusQuo();
            case "proposal" -> d.proposal();
            case "rule" -> d.rule();
            case "threshold" -> d.threshold();
            case "proposer" -> d.proposer();
            case "note" -> d.note();
            case "sources" -> d.sources();
            default -> throw new IllegalArgumentException("'" + field + "' is not a field a revision may change; those are "
                    + String.join(", ", IssueRevisionData.FIELDS));
        };
    }

    /** {@code stored} with the revision's given fields; a rule other than QMV drops the stored threshold. */
    static IssueData apply(IssueData stored, IssueRevisionData r) {
        String rule = r.rule() != null ? r.rule() : stored.rule();
        Double threshold = r.threshold() != null ? r.threshold()
                : r.rule() != null && !"QMV".equals(r.rule().toUpperCase(Locale.ROOT)) ? null : stored.threshold();
        return new IssueData(stored.id(), stored.item(), or(r.title(), stored.title()), or(r.scale0(), stored.scale0()),
                or(r.scale100(), stored.scale100()), or(r.statusQuo(), stored.statusQuo()), or(r.proposal(), stored.proposal()), rule,
                threshold, stored.voteWeights(), or(r.proposer(), stored.proposer()), stored.date(), stored.capability(), stored.salience(),
                or(r.note(), stored.note()), r.sources() != null ? r.sources() : stored.sources(), stored.classification());
    }

    /** {@code stored} with the named fields taken from {@code source}. */
    static IssueData take(IssueData stored, IssueData source, List<String> fields) {
        fields.forEach(f -> value(stored, f)); // names every field a correction may not touch
        boolean has = fields.contains("threshold");
        return new IssueData(stored.id(), stored.item(), pick(fields, "title", source.title(), stored.title()),
                pick(fields, "scale0", source.scale0(), stored.scale0()), pick(fields, "scale100", source.scale100(), stored.scale100()),
                pick(fields, "statusQuo", source.statusQuo(), stored.statusQuo()), pick(fields, "proposal", source.proposal(), stored.proposal()),
                pick(fields, "rule", source.rule(), stored.rule()), has ? source.threshold() : stored.threshold(), stored.voteWeights(),
                pick(fields, "proposer", source.proposer(), stored.proposer()), stored.date(), stored.capability(), stored.salience(),
                pick(fields, "note", source.note(), stored.note()), pick(fields, "sources", source.sources(), stored.sources()),
                stored.classification());
    }

    /** The revisable fields whose values differ between {@code before} and {@code after}, in {@link IssueRevisionData#FIELDS} order. */
    static List<IssueEvent.FieldChange> changes(IssueData before, IssueData after) {
        List<IssueEvent.FieldChange> out = new ArrayList<>();
        for (String f : IssueRevisionData.FIELDS) {
            Object b = value(before, f);
            Object a = value(after, f);
            if (!Objects.equals(b, a)) out.add(new IssueEvent.FieldChange(f, b, a));
        }
        return out;
    }

    /** Checks the revision's own fields: a reason, well-formed reason sources, nothing blank that must have text. */
    static void check(IssueRevisionData r) {
        Violations v = new Violations();
        if (r == null) throw new InvalidInput("body", "is required: the fields to change and a reason");
        if (r.reason() == null || r.reason().isBlank()) v.add("reason", "is required: say why the issue changes");
        else if (r.reason().length() > 2000) v.add("reason", "must be at most 2000 characters, was " + r.reason().length());
        for (String f : List.of("title", "scale0", "scale100", "rule", "proposer", "note")) {
            Object x = switch (f) {
                case "title" -> r.title();
                case "scale0" -> r.scale0();
                case "scale100" -> r.scale100();
                case "rule" -> r.rule();
                case "proposer" -> r.proposer();
                default -> r.note();
            };
            if (x instanceof String s && s.isBlank()) v.add(f, "must not be blank when given (leave it out to keep it)");
        }
        List<String> keys = r.reasonSources() == null ? List.of() : r.reasonSources();
        for (int i = 0; i < keys.size(); i++) {
            String s = keys.get(i);
            if (s == null || !s.matches("[A-Za-z0-9_.-]{1,40}")) v.add("reasonSources[" + i + "]", "'" + s + "' must be 1-40 letters, digits, '_', '.', '-'");
        }
        v.throwIfAny();
    }

    private static <T> T or(T given, T stored) { return given != null ? given : stored; }

    private static <T> T pick(List<String> fields, String field, T source, T stored) { return fields.contains(field) ? source : stored; }
}
