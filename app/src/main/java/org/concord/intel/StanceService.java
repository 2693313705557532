package org.concord.intel;

import org.concord.access.AccessControl;
import org.concord.access.model.ActionKind;
import org.concord.forecast.application.ForecastIssues;
import org.concord.forecast.application.IssueMarkings;
import org.concord.forecast.model.IssueId;
import org.concord.journal.Journal;
import org.concord.register.model.Members;
import org.concord.register.model.RegisterSettings;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.shared.Violations;
import org.concord.shared.tx.Transactions;
import org.concord.shared.tx.Tx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Recording and listing reported stances. Every record is one transaction with its journal event. */
public final class StanceService {
    /** The marking of a stance given none. */
    public static final String DEFAULT_CLASSIFICATION = "NATO UNCLASSIFIED";
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private final Transactions tx;
    private final Journal journal;

    private final AccessControl access;
    private final IssueMarkings markings;

    /** A service whose issues carry no marking beyond their own (no decision items to raise them). */
    public StanceService(Transactions tx, Journal journal, AccessControl access) {
        this(tx, journal, access, new IssueMarkings(access, IssueMarkings.ItemMarkings.NONE));
    }

    /** @param markings an issue's marking now (its decision item's may have raised it): a stance is never shown below it */
    public StanceService(Transactions tx, Journal journal, AccessControl access, IssueMarkings markings) {
        this.tx = tx;
        this.journal = journal;
        this.access = access;
        this.markings = markings;
    }

    /**
     * Records a reported stance.
     *
     * @throws InvalidInput naming every bad field: also an unknown issue, an actor that is not a member, a date after
     *                      today and a source key not in the catalogue; nothing is written
     * @throws Forbidden    unless the principal is an analyst (or Concord itself loading data)
     */
    public StanceData record(Principal who, StanceData data) {
        access.require(who, who.role() == Role.SYSTEM ? ActionKind.LOAD_DATA : ActionKind.RECORD_STANCE, java.util.Optional.empty());
        String classification = access.checkMarking(who, "classification", data.classification(), DEFAULT_CLASSIFICATION);
        return tx.inTransaction(t -> {
            Violations v = new Violations();
            if (data.id() != null) v.add("id", "is given by Concord: leave it out");
            ReportedStance s = data.toModel(v);
            Optional<ForecastIssues.Marked> issue = checkAgainstRegister(t, who, data, v);
            v.throwIfAny();
            // A stance names its issue: it is marked at least as high as the issue.
            String marked = access.atLeast(classification, issue.map(ForecastIssues.Marked::classification).stream().toList());
            StanceId id = t.repository(Stances.class).insert(s, marked);
            StanceData stored = StanceData.from(new Stances.Recorded(id, s, marked));
            journal.record(t, who, StanceReported.TYPE, org.concord.forecast.application.ForecastEvents.issueSubject(s.issue().toString()), stored);
            return stored;
        });
    }

    /** Checks what the register and the clock say about the well-formed fields, so that they are named even when others are bad. */
    private Optional<ForecastIssues.Marked> checkAgainstRegister(Tx t, Principal who, StanceData data, Violations v) {
        Optional<ForecastIssues.Marked> issue = parsed(data.issue(), IssueId::of).flatMap(i -> visibleIssue(t, who, i));
        parsed(data.issue(), IssueId::of).ifPresent(i -> {
            if (issue.isEmpty()) v.add("issue", "no forecast issue '" + i + "'");
        });
        if (data.group() == null || data.group().isBlank()) parsed(data.actor(), Iso3::of).ifPresent(a -> {
            if (t.repository(Members.class).find(a).isEmpty()) v.add("actor", "'" + a + "' is not a member of the organisation");
        });
        LocalDate today = LocalDate.ofInstant(journal.clock().instant(), ZoneOffset.UTC);
        parsed(data.reportedOn(), LocalDate::parse).ifPresent(d -> {
            if (d.isAfter(today)) v.add("reportedOn", "must not be after today (" + today + "), was " + d);
        });
        Map<String, String> catalogue = t.repository(RegisterSettings.class).references();
        List<String> keys = data.sources() == null ? List.of() : data.sources();
        for (int i = 0; i < keys.size(); i++)
            if (keys.get(i) != null && KEY.matcher(keys.get(i)).matches() && !catalogue.containsKey(keys.get(i)))
                v.add("sources[" + i + "]", "'" + keys.get(i) + "' is not in the source catalogue");
        return issue;
    }

    /** The issue with its marking now if {@code who} may see it: a hidden issue is answered exactly as a missing one. */
    private Optional<ForecastIssues.Marked> visibleIssue(Tx t, Principal who, IssueId id) {
        return markings.in(t).find(id).filter(m -> access.canSee(who, m.classification()));
    }

    /** The stances on one issue, or on all, with their markings now (raised to their issues'), that {@code who} may see. */
    private List<Stances.Recorded> visibleStances(Tx t, Principal who, Optional<IssueId> issue) {
        IssueMarkings.Now now = markings.in(t);
        return access.visible(who, t.repository(Stances.class).list(issue).stream()
                .map(r -> new Stances.Recorded(r.id(), r.stance(), now.raise(r.classification(), r.stance().issue()))).toList(),
                Stances.Recorded::classification);
    }

    /** The value parsed, or empty when it is absent or malformed (the wire record names that). */
    private static <T> Optional<T> parsed(String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(parse.apply(text));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The stances on one issue, or on all; by issue, date reported, then id.
     *
     * @throws InvalidInput if {@code issue} names no forecast issue
     */
    public List<StanceData> list(Principal who, Optional<IssueId> issue) {
        return tx.read(t -> {
            issue.ifPresent(i -> {
                if (visibleIssue(t, who, i).isEmpty()) throw new InvalidInput("issue", "no forecast issue '" + i + "'");
            });
            return visibleStances(t, who, issue).stream().map(StanceData::from).toList();
        });
    }

    /**
     * Carries the reported stances on issue {@code from} that {@code who} may see over to issue {@code to}, whose scale
     * has the same ends: no new intelligence, the same reports read on another issue. Each copy keeps its source, grade,
     * quote and marking (raised to the new issue's), and its note starts with {@code why}. The chair or an analyst.
     *
     * @return the stances recorded on {@code to}
     * @throws InvalidInput if either issue is missing or hidden
     */
    public List<StanceData> carryOver(Principal who, IssueId from, IssueId to, String why) {
        access.require(who, ActionKind.RUN_FORECAST, java.util.Optional.empty());
        return tx.inTransaction(t -> {
            var target = visibleIssue(t, who, to).orElseThrow(() -> new InvalidInput("issue", "no forecast issue '" + to + "'"));
            if (visibleIssue(t, who, from).isEmpty()) throw new InvalidInput("from", "no forecast issue '" + from + "'");
            List<StanceData> out = new java.util.ArrayList<>();
            for (Stances.Recorded r : visibleStances(t, who, Optional.of(from))) {
                ReportedStance s = r.stance();
                ReportedStance copy = new ReportedStance(to, s.subject(), s.reportedOn(), s.source(), s.grade(), s.gradeNote(), s.position(),
                        s.quote(), Optional.of(why + s.note().map(n -> " " + n).orElse("")), s.sources());
                String marked = access.atLeast(r.classification(), List.of(target.classification()));
                StanceId id = t.repository(Stances.class).insert(copy, marked);
                StanceData stored = StanceData.from(new Stances.Recorded(id, copy, marked));
                journal.record(t, who, StanceReported.TYPE, org.concord.forecast.application.ForecastEvents.issueSubject(copy.issue().toString()), stored);
                out.add(stored);
            }
            return out;
        });
    }
}
