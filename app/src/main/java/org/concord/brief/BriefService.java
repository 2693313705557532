package org.concord.brief;

import org.concord.access.AccessControl;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.IssueData;
import org.concord.forecast.model.IssueId;
import org.concord.intel.RiskData;
import org.concord.intel.RiskService;
import org.concord.intel.StanceData;
import org.concord.intel.StanceService;
import org.concord.options.ItemOptions;
import org.concord.options.OptionService;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.model.ItemId;
import org.concord.register.application.RegisterService;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Iso3;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles an item's decision brief as one reader may see it, from the same application services the API, the CLI
 * and the desk use: a part hidden from the reader is left out, and the brief's marking is the highest of the parts shown.
 */
public final class BriefService {
    /** Where a mission's review history comes from; none until mission reviews are recorded. */
    public interface Reviews {
        /** The reviews of a mission the reader may see, oldest first, one line each. */
        List<Brief.ReviewLine> of(Principal who, MissionId mission);

        Reviews NONE = (who, mission) -> List.of();
    }

    private final ProcedureService procedure;
    private final ForecastService forecasts;
    private final StanceService stances;
    private final OptionService options;
    private final RiskService risks;
    private final RegisterService register;
    private final AccessControl access;
    private final Reviews reviews;
    private final Clock clock;

    public BriefService(ProcedureService procedure, ForecastService forecasts, StanceService stances, OptionService options, RiskService risks,
                        RegisterService register, AccessControl access, Reviews reviews, Clock clock) {
        this.procedure = procedure;
        this.forecasts = forecasts;
        this.stances = stances;
        this.options = options;
        this.risks = risks;
        this.register = register;
        this.access = access;
        this.reviews = reviews;
        this.clock = clock;
    }

    /**
     * The brief of one item for {@code who}.
     *
     * @throws NotFound if there is no such item, or it is hidden from {@code who}
     */
    public Brief brief(Principal who, ItemId id) {
        ItemView item = procedure.show(who, id, Optional.empty());
        List<String> markings = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        List<IssueData> issues = forecasts.issues(who).stream().filter(i -> item.id().equals(i.item())).toList();
        issues.forEach(i -> {
            markings.add(i.classification());
            if (i.sources() != null) cited.addAll(i.sources());
        });
        IssueData issue = issues.isEmpty() ? null : issues.getFirst();
        List<Brief.StanceLine> stanceLines = new ArrayList<>();
        for (IssueData i : issues)
            for (StanceData s : stances.list(who, Optional.of(IssueId.of(i.id())))) {
                stanceLines.add(new Brief.StanceLine(s.actor() != null ? s.actor() : s.group(), s.reportedOn(), s.source(), s.grade(),
                        s.position(), s.quote(), s.classification()));
                markings.add(s.classification());
                if (s.sources() != null) cited.addAll(s.sources());
            }
        stanceLines.sort(Comparator.comparing(Brief.StanceLine::reportedOn).reversed());
        ItemOptions opts = options.options(who, id);
        markings.add(opts.classification());
        opts.options().forEach(o -> cited.addAll(o.sources()));
        List<MissionId> missions = missions(item);
        List<RiskData> shownRisks = new ArrayList<>(risks.list(who, new RiskService.Query(Optional.empty(), Optional.of(id))));
        List<Brief.MissionReviews> missionReviews = new ArrayList<>();
        for (MissionId m : missions) {
            Optional<Mission> mission = visibleMission(who, m);
            if (mission.isEmpty()) continue;
            markings.add(mission.get().classification());
            shownRisks.addAll(risks.list(who, new RiskService.Query(Optional.of(m), Optional.empty())));
            List<Brief.ReviewLine> lines = reviews.of(who, m);
            lines.forEach(l -> markings.add(l.classification()));
            missionReviews.add(new Brief.MissionReviews(m.value(), mission.get().name(), lines));
        }
        shownRisks.forEach(r -> {
            markings.add(r.classification());
            if (r.sources() != null) cited.addAll(r.sources());
        });
        List<Brief.BoardCell> board = board(who, item);
        Map<String, String> catalogue = register.references(who);
        List<Brief.Source> sources = cited.stream().map(k -> new Brief.Source(k, catalogue.getOrDefault(k, "(not in the catalogue)"))).toList();
        String reader = who.role() + who.nation().map(n -> " " + n.code()).orElse("");
        return new Brief(item.id(), item.subject(), issue == null ? null : issue.title(), issue == null ? null : issue.scale0(),
                issue == null ? null : issue.scale100(), item.body(), item.level(), item.proposer(), item.status(), consensus(item),
                item.consensus() == null ? List.of() : item.consensus().blocking(),
                item.texts().isEmpty() ? null : item.texts().getLast().text(), board, counts(board), stanceLines, opts, shownRisks,
                missionReviews, sources, access.atLeast(item.classification(), markings), reader, LocalDate.now(clock).toString());
    }

    private Optional<Mission> visibleMission(Principal who, MissionId id) {
        return register.missions(who, Optional.empty(), Optional.empty()).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The missions the item's effect names. */
    private static List<MissionId> missions(ItemView item) {
        String mission = item.effect() == null ? null : item.effect().missionTarget().orElse(null);
        if (mission == null || mission.isBlank()) return List.of();
        try {
            return List.of(MissionId.of(mission));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private List<Brief.BoardCell> board(Principal who, ItemView item) {
        Map<String, String> standing = new LinkedHashMap<>();
        if (item.positions() != null) item.positions().forEach(p -> standing.put(p.member(), p.position()));
        List<Brief.BoardCell> cells = new ArrayList<>();
        for (Iso3 m : procedure.requiredMembers(who, ItemId.of(item.id()), Optional.empty())) {
            String p = standing.get(m.code());
            cells.add(new Brief.BoardCell(m.code(), p));
        }
        return cells;
    }

    private static String counts(List<Brief.BoardCell> board) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (Brief.BoardCell c : board) n.merge(c.position() == null ? "no position yet" : c.position().toLowerCase().replace('_', ' '), 1, Integer::sum);
        StringBuilder s = new StringBuilder();
        n.forEach((k, v) -> s.append(s.isEmpty() ? "" : "; ").append(v).append(" of ").append(board.size()).append(": ").append(k));
        return s.toString();
    }

    private static String consensus(ItemView item) {
        if (item.consensus() == null) return "";
        if (item.consensus().reached()) return "Nothing blocks: consensus stands on the standing positions.";
        String who = item.consensus().blocking().isEmpty() ? "" : "Blocked by " + String.join(", ", item.consensus().blocking()) + ". ";
        return who + (item.consensus().reason() == null ? "" : item.consensus().reason())
                + (item.consensus().rule() == null ? "" : " (" + item.consensus().rule() + ")");
    }
}
