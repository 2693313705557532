package org.concord.intel;

import org.concord.forecast.application.ForecastIssues;
import org.concord.forecast.model.IssueId;
import org.concord.journal.Journal;
import org.concord.register.model.Members;
import org.concord.register.model.RegisterSettings;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
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

/** Recording and listing reported stances. Every record is one transaction with its journal event. */
public final class StanceService {
    /** Who may record stances, until the access policy takes over. */
    public static final Set<Role> RECORDERS = Set.of(Role.ANALYST, Role.CHAIR, Role.ADMIN, Role.SYSTEM);
    private final Transactions tx;
    private final Journal journal;

    public StanceService(Transactions tx, Journal journal) {
        this.tx = tx;
        this.journal = journal;
    }

    /**
     * Records a reported stance.
     *
     * @throws InvalidInput naming every bad field: also an unknown issue, an actor that is not a member, a date after
     *                      today and a source key not in the catalogue; nothing is written
     * @throws Forbidden    unless the principal is an analyst, the chair, an administrator or Concord itself
     */
    public StanceData record(Principal who, StanceData data) {
        if (!RECORDERS.contains(who.role())) throw new Forbidden(who.role() + " may not record reported stances");
        return tx.inTransaction(t -> {
            Violations v = new Violations();
            if (data.id() != null) v.add("id", "is given by Concord: leave it out");
            ReportedStance s = data.toModel(v);
            if (s != null) checkAgainstRegister(t, s, v);
            v.throwIfAny();
            StanceId id = t.repository(Stances.class).insert(s);
            StanceData stored = StanceData.from(new Stances.Recorded(id, s));
            journal.record(t, who, "StanceReported", "issue:" + s.issue(), stored);
            return stored;
        });
    }

    private void checkAgainstRegister(Tx t, ReportedStance s, Violations v) {
        if (t.repository(ForecastIssues.class).find(s.issue()).isEmpty()) v.add("issue", "no forecast issue '" + s.issue() + "'");
        if (s.subject() instanceof StanceSubject.Ally a && t.repository(Members.class).find(a.nation()).isEmpty())
            v.add("actor", "'" + a.nation() + "' is not a member of the organisation");
        LocalDate today = LocalDate.ofInstant(journal.clock().instant(), ZoneOffset.UTC);
        if (s.reportedOn().isAfter(today)) v.add("reportedOn", "must not be after today (" + today + "), was " + s.reportedOn());
        Map<String, String> catalogue = t.repository(RegisterSettings.class).references();
        for (int i = 0; i < s.sources().size(); i++)
            if (!catalogue.containsKey(s.sources().get(i)))
                v.add("sources[" + i + "]", "'" + s.sources().get(i) + "' is not in the source catalogue");
    }

    /**
     * The stances on one issue, or on all; by issue, date reported, then id.
     *
     * @throws InvalidInput if {@code issue} names no forecast issue
     */
    public List<StanceData> list(Principal who, Optional<IssueId> issue) {
        return tx.read(t -> {
            issue.ifPresent(i -> {
                if (t.repository(ForecastIssues.class).find(i).isEmpty()) throw new InvalidInput("issue", "no forecast issue '" + i + "'");
            });
            return t.repository(Stances.class).list(issue).stream().map(StanceData::from).toList();
        });
    }
}
