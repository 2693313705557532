package org.concord.procedure.application;

import org.concord.access.AccessControl;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.model.DecisionItem;
import org.concord.procedure.model.Effect;
import org.concord.procedure.model.Membership;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.tx.Tx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/** Reading items from the projection, one page at a time, inside one read transaction. */
public final class ItemQueries {
    /** The largest page a list serves. */
    public static final int MAX_LIMIT = 200;
    private final Tx t;
    private final AccessControl access;
    private final ItemHistory history;
    private final Supplier<Instant> now;
    private final java.util.function.BiFunction<DecisionItem, String, String> marking;

    /**
     * @param marking the marking an item carries now, given the item and its own marking (raised to the current
     *                markings of the records its effect touches)
     */
    private final Membership membership;

    ItemQueries(Tx t, AccessControl access, ItemHistory history, Supplier<Instant> now,
                java.util.function.BiFunction<DecisionItem, String, String> marking, Membership membership) {
        this.membership = membership;
        this.t = t;
        this.access = access;
        this.history = history;
        this.now = now;
        this.marking = marking;
    }

    /**
     * A list request.
     *
     * @param filter what the items must match
     * @param asOf   read the items as they stood then (items raised later are left out)
     * @param after  the position of the last item of the previous page (0: the first page)
     * @param limit  1 to {@link #MAX_LIMIT}
     */
    public record Query(DecisionItems.Filter filter, Optional<Instant> asOf, long after, int limit) {
        public Query {
            if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
            if (after < 0) throw new IllegalArgumentException("after must not be negative, got " + after);
        }
    }

    /** One page of items; {@code next} is the position to continue after when more items exist. */
    public record Page(List<ItemView> items, OptionalLong next) {}

    /** One page of an item's position history; {@code next} is the count to continue after when more entries exist. */
    public record HistoryPage(List<ItemView.PositionView> entries, OptionalLong next) {}

    Page page(Principal who, Query q) {
        DecisionItems index = t.repository(DecisionItems.class);
        DecisionItems.Filter f = q.filter();
        // Status and body change with time: as of a past instant they are checked on the state rebuilt for then.
        DecisionItems.Filter stored = q.asOf().isEmpty() ? f : new DecisionItems.Filter(Set.of(), null, f.marking(), f.proposer(), f.target(), f.text());
        Membership m = membership;
        Instant at = q.asOf().orElseGet(now);
        List<ItemView> out = new ArrayList<>();
        long after = q.after();
        long last = after;
        while (true) {
            List<DecisionItems.Stored> batch = index.page(stored, after, q.limit() + 1);
            for (DecisionItems.Stored s : batch) {
                if (!access.canSee(who, s.row().classification())) continue;
                String marked = marking.apply(s.item(), s.row().classification());
                if (!access.canSee(who, marked)) continue;
                ItemView v = view(s, marked, f, m, at, q.asOf());
                if (v == null) continue;
                if (out.size() == q.limit()) return new Page(out, OptionalLong.of(last));
                out.add(v);
                last = s.position();
            }
            if (batch.size() < q.limit() + 1) return new Page(out, OptionalLong.empty());
            after = batch.get(batch.size() - 1).position();
        }
    }

    private ItemView view(DecisionItems.Stored s, String marked, DecisionItems.Filter f, Membership m, Instant at, Optional<Instant> asOf) {
        if (asOf.isEmpty())
            return ItemView.of(s.item(), s.row().version(), marked, s.item().consensusAt(m, at)).asListRow();
        ItemHistory.Past past = history.load(t, s.row().id(), asOf).orElse(null);
        if (past == null) return null;
        DecisionItem i = past.item();
        if (!f.statuses().isEmpty() && !f.statuses().contains(i.status())) return null;
        if (f.body() != null && !f.body().equals(i.body().value())) return null;
        return ItemView.of(i, past.version(), marked, i.consensusAt(m, at)).asListRow();
    }

    static HistoryPage historyPage(DecisionItem item, long after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
        int from = (int) Math.min(Math.max(after, 0), item.positions().size());
        int to = Math.min(from + limit, item.positions().size());
        List<ItemView.PositionView> entries = item.positions().subList(from, to).stream().map(ItemView::position).toList();
        return new HistoryPage(entries, to < item.positions().size() ? OptionalLong.of(to) : OptionalLong.empty());
    }

    /** What an effect names in the register: missions, events and partners, by id or ISO3 code. */
    static Set<String> targets(Effect effect) {
        Set<String> out = new LinkedHashSet<>();
        switch (effect) {
            case Effect.LaunchMission l -> out.add(l.mission().value());
            case Effect.ExtendMission e -> out.add(e.mission().value());
            case Effect.ChangeMandate c -> out.add(c.mission().value());
            case Effect.ReduceMission r -> out.add(r.mission().value());
            case Effect.TerminateMission e -> out.add(e.mission().value());
            case Effect.InvitePartner i -> {
                out.add(i.event().value());
                out.add(i.partner().code());
            }
            case Effect.ExcludePartner x -> {
                out.add(x.event().value());
                out.add(x.partner().code());
            }
            case Effect.ExcludePartners x -> {
                out.add(x.event().value());
                x.partners().stream().map(Iso3::code).forEach(out::add);
            }
            case Effect.HoldEvent h -> out.add(h.event().value());
            case Effect.CancelEvent c -> out.add(c.event().value());
            case Effect.AdoptStatement s -> { }
        }
        return out;
    }
}
