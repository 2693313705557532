package org.concord.forecast.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ForecastIssue;
import org.concord.forecast.model.IssueId;

/**
 * Reads validation cases from CSV: one row per actor per issue under the header
 * <pre>issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer</pre>
 * Lines starting with {@code #} are comments; blank lines are skipped; fields are trimmed.
 *
 * <ul>
 *   <li>{@code rule}: UNANIMITY, QMV (vote share from the reader's threshold) or MAJORITY; same on every row of an issue</li>
 *   <li>{@code reference_point}: the status quo on 0-100, or empty if unknown; same on every row of an issue</li>
 *   <li>{@code outcome}: the coded outcome on 0-100; same on every row of an issue</li>
 *   <li>{@code position}: 0-100, or empty if the actor sat the issue out (its other fields are then not read)</li>
 *   <li>{@code salience}: 0-100; {@code capability}: above 0; {@code vote_weight}: at least 0, empty means 1, 0 means
 *       the actor bargains but has no vote</li>
 *   <li>{@code proposer}: {@code true} for at most one actor of an issue, else {@code false} or empty</li>
 *   <li>{@code group} (optional last column): the proposal the issue belongs to, same on every row of an issue; empty
 *       or absent means the issue id without its trailing {@code i<n>}</li>
 * </ul>
 * Every bad row is reported; if any is, no case is returned.
 */
public final class ValidationCsv {
    /** The exact header. */
    static final List<String> HEADER = List.of("issue", "rule", "reference_point", "outcome", "actor", "position",
            "salience", "capability", "vote_weight", "proposer");
    /** The optional last column naming the proposal an issue belongs to (else read from the issue id). */
    static final String GROUP = "group";
    /** QMV vote share when none is given: 0.74, close to the EU weighted-vote thresholds of 1995-2014. */
    public static final double DEFAULT_QMV_THRESHOLD = 0.74;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /** What reading a file gave: the cases, or every error found. */
    sealed interface Parsed permits Accepted, Rejected { }

    /** @param cases the issues in the order they first appear, not empty */
    public record Accepted(List<ValidationCase> cases) implements Parsed {
        public Accepted { cases = List.copyOf(cases); }
    }

    /** @param errors every error found, in file order, not empty */
    public record Rejected(List<RowError> errors) implements Parsed {
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) throw new IllegalArgumentException("a rejection needs at least one error");
        }
    }

    private final double qmvThreshold;

    /** @param qmvThreshold the vote share a QMV issue needs, in (0.5, 1] */
    public ValidationCsv(double qmvThreshold) {
        DecisionRule.qmv(qmvThreshold);
        this.qmvThreshold = qmvThreshold;
    }

    /**
     * Reads and checks the whole input.
     *
     * @param in the CSV text, must not be null; not closed
     * @throws UncheckedIOException if reading fails
     */
    public Parsed read(Reader in) {
        Objects.requireNonNull(in, "in");
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        List<RowError> errors = new ArrayList<>();
        Map<String, IssueRows> issues = new LinkedHashMap<>();
        CSVParser parser = null;
        try {
            parser = CSVParser.builder().setReader(in).setFormat(format).get();
            boolean header = true;
            int width = HEADER.size();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    List<String> withGroup = new ArrayList<>(HEADER);
                    withGroup.add(GROUP);
                    if (record.toList().equals(withGroup)) width = withGroup.size();
                    else if (!record.toList().equals(HEADER))
                        errors.add(new RowError(line, "header", "must be exactly " + String.join(",", HEADER) + " (optionally ,"
                                + GROUP + "), was " + String.join(",", record.toList())));
                    continue;
                }
                readRow(record, line, width, issues, errors);
            }
            if (header) errors.add(new RowError(1, "header", "the file is empty; expected " + String.join(",", HEADER)));
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException bad)) throw e;
            errors.add(new RowError(parser == null ? 1 : Math.max(1, parser.getCurrentLineNumber()), "row", "the CSV cannot be parsed: " + bad.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ValidationCase> cases = new ArrayList<>();
        for (IssueRows rows : issues.values()) rows.toCase(errors).ifPresent(cases::add);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingLong(RowError::line));
            return new Rejected(errors);
        }
        if (cases.isEmpty()) return new Rejected(List.of(new RowError(1, "row", "the file holds no issue")));
        return new Accepted(cases);
    }

    private void readRow(CSVRecord r, long line, int width, Map<String, IssueRows> issues, List<RowError> errors) {
        if (r.size() != width) {
            errors.add(new RowError(line, "row", "expected " + width + " fields, found " + r.size()));
            return;
        }
        int before = errors.size();
        Field f = new Field(r, line, errors);
        IssueId issue = f.parse("issue", IssueId::of);
        DecisionRule rule = f.parse("rule", this::rule);
        OptionalDouble reference = f.text("reference_point").isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(f.number("reference_point", 0, 100, false));
        double outcome = f.number("outcome", 0, 100, false);
        ActorId actor = f.parse("actor", ActorId::of);
        boolean present = !f.text("position").isEmpty();
        double position = present ? f.number("position", 0, 100, false) : 0;
        double salience = present ? f.number("salience", 0, 100, false) : 0;
        double capability = present ? f.number("capability", 0, Double.MAX_VALUE, true) : 1;
        double voteWeight = f.text("vote_weight").isEmpty() ? 1 : f.number("vote_weight", 0, Double.MAX_VALUE, false);
        Boolean proposer = f.parse("proposer", ValidationCsv::flag);
        String group = width > HEADER.size() ? r.get(HEADER.size()) : "";
        if (errors.size() > before) return;
        IssueRows rows = issues.computeIfAbsent(issue.value(), k -> new IssueRows(issue, rule, reference, outcome, group, line));
        if (!group.equals(rows.group))
            errors.add(new RowError(line, GROUP, "is '" + group + "' but '" + rows.group + "' on line " + rows.firstLine + " of issue " + issue));
        rows.add(line, errors, rule, reference, outcome, actor, present, proposer,
                present ? new ActorInput(actor, position, salience, capability, voteWeight, 0) : null);
    }

    private DecisionRule rule(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "UNANIMITY" -> DecisionRule.UNANIMITY;
            case "QMV" -> DecisionRule.qmv(qmvThreshold);
            case "MAJORITY" -> DecisionRule.MAJORITY;
            default -> throw new IllegalArgumentException("must be UNANIMITY, QMV or MAJORITY, was '" + text + "'");
        };
    }

    private static Boolean flag(String text) {
        if (text.isEmpty() || text.equalsIgnoreCase("false")) return false;
        if (text.equalsIgnoreCase("true")) return true;
        throw new IllegalArgumentException("must be true, false or empty, was '" + text + "'");
    }

    /** Reads the fields of one record, turning each failure into a {@link RowError}. */
    private record Field(CSVRecord record, long line, List<RowError> errors) {
        String text(String name) { return record.get(HEADER.indexOf(name)); }

        <T> T parse(String name, java.util.function.Function<String, T> parser) {
            try {
                return parser.apply(text(name));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line, name, e.getMessage()));
                return null;
            }
        }

        double number(String name, double min, double max, boolean exclusiveMin) {
            String t = text(name);
            if (!NUMBER.matcher(t).matches()) {
                errors.add(new RowError(line, name, t.isEmpty() ? "must not be empty" : "'" + t + "' is not a decimal number"));
                return Double.NaN;
            }
            double x = Double.parseDouble(t);
            boolean ok = exclusiveMin ? x > min && x <= max : x >= min && x <= max;
            if (!ok) {
                String range = max == Double.MAX_VALUE ? (exclusiveMin ? "above " : "at least ") + fmt(min) : fmt(min) + "-" + fmt(max);
                errors.add(new RowError(line, name, "must be " + range + ", was " + t));
            }
            return x;
        }

        private static String fmt(double x) { return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x); }
    }

    /** The rows of one issue gathered so far, with the line each issue-level value came from. */
    private static final class IssueRows {
        final IssueId id;
        final DecisionRule rule;
        final OptionalDouble reference;
        final double outcome;
        final String group;
        final long firstLine;
        final Map<ActorId, Long> actorLines = new LinkedHashMap<>();
        final List<ActorInput> actors = new ArrayList<>();
        ActorId proposer;
        long proposerLine;

        IssueRows(IssueId id, DecisionRule rule, OptionalDouble reference, double outcome, String group, long firstLine) {
            this.id = id;
            this.group = group;
            this.rule = rule;
            this.reference = reference;
            this.outcome = outcome;
            this.firstLine = firstLine;
        }

        void add(long line, List<RowError> errors, DecisionRule r, OptionalDouble ref, double out, ActorId actor,
                 boolean present, boolean isProposer, ActorInput input) {
            String first = " on line " + firstLine + " of issue " + id;
            if (!r.equals(rule)) errors.add(new RowError(line, "rule", "is " + r.code() + " but " + rule.code() + first));
            if (!ref.equals(reference))
                errors.add(new RowError(line, "reference_point", "is " + show(ref) + " but " + show(reference) + first));
            if (out != outcome) errors.add(new RowError(line, "outcome", "is " + out + " but " + outcome + first));
            Long seen = actorLines.putIfAbsent(actor, line);
            if (seen != null) errors.add(new RowError(line, "actor", "'" + actor + "' already appears on line " + seen + " of issue " + id));
            if (isProposer && !present) errors.add(new RowError(line, "proposer", "'" + actor + "' sits the issue out (no position) so cannot propose"));
            if (isProposer && proposer != null)
                errors.add(new RowError(line, "proposer", "issue " + id + " already has proposer '" + proposer + "' on line " + proposerLine));
            if (isProposer && proposer == null && present) {
                proposer = actor;
                proposerLine = line;
            }
            if (input != null && seen == null) actors.add(input);
        }

        Optional<ValidationCase> toCase(List<RowError> errors) {
            if (actors.isEmpty()) {
                errors.add(new RowError(firstLine, "position", "every actor of issue " + id + " sits it out; at least one needs a position"));
                return Optional.empty();
            }
            ForecastIssue issue = new ForecastIssue(id, "", "", reference, OptionalDouble.empty(), rule, Optional.ofNullable(proposer));
            return Optional.of(new ValidationCase(issue, actors, outcome, group.isEmpty() ? ValidationCase.proposalOf(id.value()) : group));
        }

        private static String show(OptionalDouble d) { return d.isPresent() ? String.valueOf(d.getAsDouble()) : "empty"; }
    }
}
