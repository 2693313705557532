package org.concord.intel;

import org.concord.access.AccessControl;
import org.concord.access.model.ActionKind;
import org.concord.journal.Journal;
import org.concord.options.Options;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.MissionId;
import org.concord.register.model.Missions;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recording and listing risks: graded assessments of what may happen, attached to a mission, an item or an option.
 * Intelligence like a reported stance: kept apart from official acts, marked at least as high as what it is attached
 * to, and shown only to a reader who may see both the risk and what it is attached to (a hidden target is answered as a
 * missing one). Every record is one transaction with its journal event.
 */
public final class RiskService {
    /** The marking of a risk given none. */
    public static final String DEFAULT_CLASSIFICATION = "NATO UNCLASSIFIED";
    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private final Transactions tx;
    private final Journal journal;
    private final AccessControl access;
    private final ProcedureService procedure;

    public RiskService(Transactions tx, Journal journal, AccessControl access, ProcedureService procedure) {
        this.tx = tx;
        this.journal = journal;
        this.access = access;
        this.procedure = procedure;
    }

    /**
     * Which risks to list: those of one mission, or of one item and its options; every risk when both are empty.
     *
     * @param mission only risks attached to this mission
     * @param item    only risks attached to this item or one of its options
     */
    public record Query(Optional<MissionId> mission, Optional<ItemId> item) {
        static final Query ALL = new Query(Optional.empty(), Optional.empty());
    }

    /**
     * Records a risk.
     *
     * @throws InvalidInput naming every bad field: also a mission, item or option that does not exist or is hidden from
     *                      {@code who} (in the same words), a date after today and a source key not in the catalogue;
     *                      nothing is written
     * @throws Forbidden    unless the principal is an analyst (or Concord itself loading data)
     */
    public RiskData record(Principal who, RiskData data) {
        access.require(who, who.role() == Role.SYSTEM ? ActionKind.LOAD_DATA : ActionKind.RECORD_STANCE, Optional.empty());
        String asked = access.checkMarking(who, "classification", data.classification(), DEFAULT_CLASSIFICATION);
        Optional<String> itemMarking = present(data.item()) && data.mission() == null ? parsed(data.item())
                .flatMap(procedure::classificationOf).filter(c -> access.canSee(who, c)) : Optional.empty();
        return tx.inTransaction(t -> {
            Violations v = new Violations();
            if (data.id() != null) v.add("id", "is given by Concord: leave it out");
            Risk risk = data.toModel(v);
            String targetMarking = risk == null ? null : targetMarking(t, who, risk.target(), itemMarking, v);
            LocalDate today = LocalDate.ofInstant(journal.clock().instant(), ZoneOffset.UTC);
            if (risk != null && risk.assessedOn().isAfter(today))
                v.add("assessedOn", "must not be after today (" + today + "), was " + risk.assessedOn());
            Map<String, String> catalogue = t.repository(RegisterSettings.class).references();
            List<String> keys = data.sources() == null ? List.of() : data.sources();
            for (int i = 0; i < keys.size(); i++)
                if (keys.get(i) != null && SOURCE.matcher(keys.get(i)).matches() && !catalogue.containsKey(keys.get(i)))
                    v.add("sources[" + i + "]", "'" + keys.get(i) + "' is not in the source catalogue");
            v.throwIfAny();
            String marked = access.atLeast(asked, List.of(targetMarking));
            long id = t.repository(Risks.class).insert(risk, marked);
            RiskData stored = RiskData.from(new Risks.Recorded(id, risk, marked));
            journal.record(t, who, RiskEvents.RiskAssessed.TYPE, RiskEvents.subject(id), new RiskEvents.RiskAssessed(stored, marked));
            return stored;
        });
    }

    /** The marking of the target if {@code who} may see it; else a violation in the words used for a missing one. */
    private String targetMarking(Tx t, Principal who, RiskTarget target, Optional<String> itemMarking, Violations v) {
        switch (target) {
            case RiskTarget.OnMission m -> {
                var mission = t.repository(Missions.class).find(m.id()).filter(x -> access.canSee(who, x.classification()));
                if (mission.isEmpty()) v.add("mission", "'" + m.id().value() + "' is not a mission in the register");
                return mission.map(x -> x.classification()).orElse(null);
            }
            case RiskTarget.OnItem i -> {
                if (itemMarking.isEmpty()) v.add("item", "no decision item '" + i.id().value() + "'");
                return itemMarking.orElse(null);
            }
            case RiskTarget.OnOption o -> {
                if (itemMarking.isEmpty()) {
                    v.add("item", "no decision item '" + o.item().value() + "'");
                    return null;
                }
                var option = t.repository(Options.class).of(o.item()).stream().filter(x -> x.option().key().equals(o.key()))
                        .filter(x -> access.canSee(who, x.classification())).findFirst();
                if (option.isEmpty()) v.add("option", "item '" + o.item().value() + "' has no option '" + o.key() + "'");
                return option.map(Options.Marked::classification).orElse(null);
            }
        }
    }

    /**
     * The risks the reader may see, by date assessed then id: a risk is shown when the reader may see it and what it is
     * attached to (the item's marking as it stands now, raised by what its effect touches).
     *
     * @throws InvalidInput if the query names a mission or item that does not exist or is hidden from {@code who}
     */
    public List<RiskData> list(Principal who, Query query) {
        query.item().ifPresent(i -> {
            if (procedure.classificationOf(i).filter(c -> access.canSee(who, c)).isEmpty())
                throw new InvalidInput("item", "no decision item '" + i.value() + "'");
        });
        Snapshot snap = tx.read(t -> {
            query.mission().ifPresent(m -> {
                if (t.repository(Missions.class).find(m).filter(x -> access.canSee(who, x.classification())).isEmpty())
                    throw new InvalidInput("mission", "'" + m.value() + "' is not a mission in the register");
            });
            List<Risks.Recorded> risks = access.visible(who, t.repository(Risks.class).all(), Risks.Recorded::classification).stream()
                    .filter(r -> matches(r.risk().target(), query)).toList();
            Map<String, Boolean> missions = new HashMap<>();
            for (Risks.Recorded r : risks)
                if (r.risk().target() instanceof RiskTarget.OnMission m)
                    missions.computeIfAbsent(m.id().value(), k -> t.repository(Missions.class).find(m.id())
                            .filter(x -> access.canSee(who, x.classification())).isPresent());
            return new Snapshot(risks, missions, t.repository(Options.class).all());
        });
        // The items' markings are read outside that transaction: each is its own read of the procedure.
        Map<String, Boolean> items = new HashMap<>();
        return snap.risks().stream().filter(r -> switch (r.risk().target()) {
            case RiskTarget.OnMission m -> snap.missions().getOrDefault(m.id().value(), false);
            case RiskTarget.OnItem i -> itemVisible(who, i.id(), items);
            case RiskTarget.OnOption o -> itemVisible(who, o.item(), items) && snap.options().stream().anyMatch(x ->
                    x.option().item().equals(o.item()) && x.option().key().equals(o.key()) && access.canSee(who, x.classification()));
        }).map(RiskData::from).toList();
    }

    private record Snapshot(List<Risks.Recorded> risks, Map<String, Boolean> missions, List<Options.Marked> options) {}

    private static boolean matches(RiskTarget target, Query q) {
        if (q.mission().isPresent()) return target instanceof RiskTarget.OnMission m && m.id().equals(q.mission().get());
        if (q.item().isPresent()) return target.onItem().equals(q.item());
        return true;
    }

    private boolean itemVisible(Principal who, ItemId id, Map<String, Boolean> seen) {
        return seen.computeIfAbsent(id.value(), k -> procedure.classificationOf(id).filter(c -> access.canSee(who, c)).isPresent());
    }

    private static boolean present(String s) { return s != null && !s.isBlank(); }

    private static Optional<ItemId> parsed(String item) {
        try {
            return Optional.of(ItemId.of(item.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
