package org.concord.forecast.application;

import org.concord.access.AccessControl;
import org.concord.forecast.model.IssueId;
import org.concord.procedure.model.ItemId;
import org.concord.shared.tx.Tx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The marking of a forecast issue as it stands now: the marking it was defined with, raised to the marking its
 * decision item has now. An item's marking rises when a register record its effect touches is reclassified, and what
 * hangs off the item (its issue, the issue's stances and forecasts, their journal entries) must then be hidden from
 * whoever can no longer see the item; so the raise is computed on every read, as the item's own is, never stored.
 */
public final class IssueMarkings {
    /** The marking a decision item has now, read in the caller's transaction; empty when there is no such item. */
    @FunctionalInterface
    public interface ItemMarkings {
        Optional<String> now(Tx t, ItemId item);

        /** Items carry no marking beyond the issue's own (a service used without the procedure, as in unit tests). */
        ItemMarkings NONE = (t, item) -> Optional.empty();
    }

    private final AccessControl access;
    private final ItemMarkings items;

    public IssueMarkings(AccessControl access, ItemMarkings items) {
        this.access = access;
        this.items = items;
    }

    /** The marking decision item {@code item} has now; empty when there is no such item. */
    public Optional<String> itemNow(Tx t, ItemId item) { return items.now(t, item); }

    /** A view for one read in {@code t}: each item's marking is looked up once however many records name it. */
    public Now in(Tx t) { return new Now(t); }

    /** The issues' markings now, within one transaction. */
    public final class Now {
        private final Tx t;
        private final Map<ItemId, Optional<String>> itemMarkings = new HashMap<>();
        private final Map<IssueId, Optional<String>> issueMarkings = new HashMap<>();

        private Now(Tx t) { this.t = t; }

        /** The issue with its marking now, if it exists. */
        public Optional<ForecastIssues.Marked> find(IssueId id) {
            return t.repository(ForecastIssues.class).find(id).map(this::remarked);
        }

        /** Every issue with its marking now, in the order defined. */
        public List<ForecastIssues.Marked> all() {
            return t.repository(ForecastIssues.class).all().stream().map(this::remarked).toList();
        }

        /** The marking issue {@code id} has now; empty when there is no such issue. */
        public Optional<String> of(IssueId id) {
            return issueMarkings.computeIfAbsent(id, i -> find(i).map(ForecastIssues.Marked::classification));
        }

        /** {@code own} (a stance's, a forecast's marking) raised to its issue's marking now. */
        public String raise(String own, IssueId issue) {
            return of(issue).map(now -> access.atLeast(own, List.of(now))).orElse(own);
        }

        private ForecastIssues.Marked remarked(ForecastIssues.Marked m) {
            Optional<String> item = m.issue().item().flatMap(i -> itemMarkings.computeIfAbsent(i, x -> items.now(t, x)));
            return item.map(now -> new ForecastIssues.Marked(m.issue(), access.atLeast(m.classification(), List.of(now)))).orElse(m);
        }
    }
}
