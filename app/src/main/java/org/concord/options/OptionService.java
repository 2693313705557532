package org.concord.options;

import org.concord.access.AccessControl;
import org.concord.access.model.ActionKind;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.IssueData;
import org.concord.forecast.application.PointForecasts;
import org.concord.forecast.model.IssueId;
import org.concord.journal.Journal;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.RegisterSettings;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.shared.Violations;
import org.concord.shared.tx.Transactions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adding options to decision items and showing them side by side with their forecasts. An option is analysis, not an
 * act of the procedure: it never changes an item. It is marked at least as high as its item and its issue and is
 * filtered like every record: a reader sees only the options, stances and forecasts they may see.
 */
public final class OptionService {
    /** The marking of an option given none. */
    public static final String DEFAULT_CLASSIFICATION = "NATO UNCLASSIFIED";
    private final Transactions tx;
    private final Journal journal;
    private final AccessControl access;
    private final ProcedureService procedure;
    private final ForecastService forecasts;

    public OptionService(Transactions tx, Journal journal, AccessControl access, ProcedureService procedure, ForecastService forecasts) {
        this.tx = tx;
        this.journal = journal;
        this.access = access;
        this.procedure = procedure;
        this.forecasts = forecasts;
    }

    /**
     * Adds an option to an item.
     *
     * @param data its {@code item} is the item's id; without an {@code issue} the option goes on the item's forecast issue
     * @throws NotFound     if there is no such item, or it is hidden from {@code who}
     * @throws InvalidInput naming every bad field: also an issue that is not the item's, or another than the one its
     *                      options already use, and a source key not in the catalogue; nothing is written
     * @throws Conflict     if the item has an option with this key
     * @throws Forbidden    unless the principal is the chair or an analyst (or Concord itself loading data)
     */
    public OptionData add(Principal who, OptionData data) {
        access.require(who, who.role() == Role.SYSTEM ? ActionKind.LOAD_DATA : ActionKind.RUN_FORECAST, Optional.empty());
        String asked = access.checkMarking(who, "classification", data.classification(), DEFAULT_CLASSIFICATION);
        ItemView item = procedure.show(who, ItemId.of(data.item()), Optional.empty());
        List<IssueData> issues = forecasts.issues(who).stream().filter(i -> item.id().equals(i.item())).toList();
        List<Options.Marked> existing = tx.read(t -> t.repository(Options.class).of(ItemId.of(item.id())));
        String issue = data.issue() != null && !data.issue().isBlank() ? data.issue()
                : !existing.isEmpty() ? existing.getFirst().option().issue().value()
                : issues.size() == 1 ? issues.getFirst().id() : null;
        Violations v = new Violations();
        ItemOption option = data.with(item.id(), issue).toModel(v);
        Optional<IssueData> onIssue = issues.stream().filter(i -> i.id().equals(issue)).findFirst();
        if (issue == null && issues.size() > 1)
            v.add("issue", "is required: the item has " + issues.size() + " forecast issues " + issues.stream().map(IssueData::id).toList());
        else if (option != null && onIssue.isEmpty())
            v.add("issue", "'" + issue + "' is not a forecast issue of item '" + item.id() + "'");
        if (option != null && !existing.isEmpty() && !existing.getFirst().option().issue().equals(option.issue()))
            v.add("issue", "the options of '" + item.id() + "' are points of issue '" + existing.getFirst().option().issue()
                    + "': an item's options share one scale");
        return tx.inTransaction(t -> {
            Map<String, String> catalogue = t.repository(RegisterSettings.class).references();
            List<String> keys = data.sources() == null ? List.of() : data.sources();
            for (int i = 0; i < keys.size(); i++)
                if (keys.get(i) != null && keys.get(i).matches("[A-Za-z0-9_.-]{1,40}") && !catalogue.containsKey(keys.get(i)))
                    v.add("sources[" + i + "]", "'" + keys.get(i) + "' is not in the source catalogue");
            v.throwIfAny();
            Options options = t.repository(Options.class);
            if (options.of(option.item()).stream().anyMatch(o -> o.option().key().equals(option.key())))
                throw Conflict.idUnavailable("option", option.key());
            String marked = access.atLeast(asked, List.of(item.classification(), onIssue.get().classification()));
            options.insert(option, marked);
            OptionData stored = OptionData.of(option, marked);
            journal.record(t, who, OptionEvents.OptionAdded.TYPE, OptionEvents.subject(item.id(), option.key()),
                    new OptionEvents.OptionAdded(stored.item(), stored.key(), stored.issue(), stored.label(), stored.point(),
                            stored.description(), option.sources(), marked));
            return stored;
        });
    }

    /**
     * The options of an item the reader may see, without forecasts, in the order added.
     *
     * @throws NotFound if there is no such item, or it is hidden from {@code who}
     */
    List<OptionData> list(Principal who, ItemId item) {
        procedure.show(who, item, Optional.empty());
        return access.visible(who, tx.read(t -> t.repository(Options.class).of(item)), Options.Marked::classification).stream()
                .map(m -> OptionData.of(m.option(), m.classification())).toList();
    }

    /**
     * The options of an item the reader may see, side by side, each forecast as if it were the proposal (the issue's
     * default model, seed 1, {@value ForecastService#POINT_RUNS} draws; nothing stored), and the option closest to the
     * proposer that every ally is forecast to accept marked.
     *
     * @throws NotFound if there is no such item, or it is hidden from {@code who}
     */
    public ItemOptions options(Principal who, ItemId item) {
        ItemView view = procedure.show(who, item, Optional.empty());
        List<Options.Marked> shown = access.visible(who, tx.read(t -> t.repository(Options.class).of(item)), Options.Marked::classification);
        if (shown.isEmpty())
            return new ItemOptions(view.id(), null, null, null, null, null, null, null, null, null, null, null, null, view.classification(), List.of(), null);
        IssueId issueId = shown.getFirst().option().issue();
        IssueData issue = forecasts.issues(who).stream().filter(i -> i.id().equals(issueId.value())).findFirst()
                .orElseThrow(() -> new IllegalStateException("option of '" + item + "' on issue '" + issueId + "' the reader may not see"));
        PointForecasts f = forecasts.points(who, issueId, shown.stream().map(m -> m.option().point()).toList(), Optional.empty());
        String closest = null;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < shown.size(); i++) {
            double distance = Math.abs(shown.get(i).option().point() - f.proposerIdeal());
            if (f.points().get(i).acceptedByAll() && distance < best) {
                best = distance;
                closest = shown.get(i).option().key();
            }
        }
        List<ItemOptions.OptionForecast> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            ItemOption o = shown.get(i).option();
            PointForecasts.Point p = f.points().get(i);
            out.add(new ItemOptions.OptionForecast(o.key(), o.label(), o.point(), o.description().orElse(null), o.sources(),
                    shown.get(i).classification(), p.measure(), p.probability(), p.blockers(), p.rejecting(), p.acceptedByAll(),
                    o.key().equals(closest)));
        }
        List<String> markings = new ArrayList<>(shown.stream().map(Options.Marked::classification).toList());
        markings.add(f.classification());
        return new ItemOptions(view.id(), issue.id(), issue.title(), issue.scale0(), issue.scale100(), f.statusQuo(), f.proposer(),
                f.proposerIdeal(), f.setterPoint(), f.model(), f.runs(), f.seed(), f.asOf(), access.atLeast(view.classification(), markings),
                out, closest);
    }

    /** Options by point, lowest first (charts). */
    static Comparator<ItemOptions.OptionForecast> byPoint() { return Comparator.comparingDouble(ItemOptions.OptionForecast::point); }
}
