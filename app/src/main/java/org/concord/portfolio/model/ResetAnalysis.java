package org.concord.portfolio.model;

import org.concord.register.model.Contribution;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionStatus;
import org.concord.shared.Iso3;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A reset profile applied to the missions a reader may see: the missions it touches, with the personnel each change
 * frees in total and per named contributing nation, and what it cannot say.
 *
 * <p>Personnel freed: ending a mission frees its personnel ({@link Personnel#RULE}); a cap frees what is above the
 * cap. Per nation: a nation whose figure a source gives frees that figure (ending) or its pro-rata share of the cut
 * (a cap: an assumption); the rest is not attributed, and the contributors without a figure are named.
 */
public record ResetAnalysis(ResetProfile profile, LocalDate on, List<Change> changes, List<String> notAssessed) {
    public ResetAnalysis {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(on, "on");
        changes = List.copyOf(changes);
        notAssessed = List.copyOf(notAssessed);
    }

    /** One mission the profile touches. */
    public record Change(Mission mission, ResetProfile.Touch touch, Personnel personnel, OptionalInt freed,
                         List<NationFreed> byNation, OptionalInt unattributed, List<Iso3> withoutFigures) {
        public Change {
            byNation = List.copyOf(byNation);
            withoutFigures = List.copyOf(withoutFigures);
        }
    }

    /**
     * @param personnel what the nation frees
     * @param basis     the figure it rests on, e.g. {@code 852 on 2023-10 [S39]}, or the pro-rata assumption
     */
    public record NationFreed(Iso3 nation, int personnel, String basis) {}

    /** Applies {@code profile} on {@code on} to {@code missions} (those the reader may see). */
    public static ResetAnalysis of(ResetProfile profile, List<Mission> missions, LocalDate on) {
        List<Change> changes = new ArrayList<>();
        List<String> notAssessed = new ArrayList<>();
        for (Mission m : missions) {
            if (m.status() == MissionStatus.TERMINATED || m.end().map(e -> e.last().isBefore(on)).orElse(false)) continue;
            Personnel p = Personnel.of(m);
            if (profile instanceof ResetProfile.PersonnelCap && !p.known()) {
                notAssessed.add(m.id().value());
                continue;
            }
            profile.touch(m, p).ifPresent(t -> changes.add(change(m, t, p)));
        }
        return new ResetAnalysis(profile, on, changes, notAssessed);
    }

    static Change change(Mission m, ResetProfile.Touch t, Personnel p) {
        OptionalInt freed = !p.known() ? OptionalInt.empty()
                : t.action() == ResetProfile.Action.TERMINATE ? p.actual() : OptionalInt.of(Math.max(0, p.actual().getAsInt() - t.target().getAsInt()));
        List<NationFreed> byNation = new ArrayList<>();
        int named = 0;
        for (Contribution c : m.contributions()) {
            int n = t.action() == ResetProfile.Action.TERMINATE ? c.personnel()
                    : freed.isPresent() && p.actual().getAsInt() > 0 ? (int) Math.round((double) c.personnel() * freed.getAsInt() / p.actual().getAsInt()) : 0;
            String figure = Personnel.mark(c.qualifier()) + c.personnel() + " on " + c.date() + " " + c.provenance().sources();
            byNation.add(new NationFreed(c.nation(), n, t.action() == ResetProfile.Action.TERMINATE ? figure
                    : "pro rata of " + figure + " (an assumption: the cut shared in proportion to the named figures)"));
            named += n;
        }
        OptionalInt unattributed = freed.isPresent() ? OptionalInt.of(Math.max(0, freed.getAsInt() - named)) : OptionalInt.empty();
        List<Iso3> without = new ArrayList<>();
        for (Iso3 n : m.contributors()) if (m.contributions().stream().noneMatch(c -> c.nation().equals(n))) without.add(n);
        for (Iso3 n : m.partnerContributors()) if (m.contributions().stream().noneMatch(c -> c.nation().equals(n))) without.add(n);
        return new Change(m, t, p, freed, byNation, unattributed, without);
    }

    /** The personnel freed where known, summed. */
    public int knownFreed() { return changes.stream().filter(c -> c.freed().isPresent()).mapToInt(c -> c.freed().getAsInt()).sum(); }

    /** How many touched missions' personnel is unknown. */
    public int unknownFreed() { return (int) changes.stream().filter(c -> c.freed().isEmpty()).count(); }

    /** Personnel freed per named nation, summed over the missions touched. */
    public Map<Iso3, Integer> freedByNation() {
        Map<Iso3, Integer> out = new TreeMap<>(java.util.Comparator.comparing(Iso3::code));
        for (Change c : changes) for (NationFreed n : c.byNation()) out.merge(n.nation(), n.personnel(), Integer::sum);
        return out;
    }
}
