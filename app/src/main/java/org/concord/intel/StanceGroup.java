package org.concord.intel;

import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.ReportSubject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A group a report speaks of without naming its members, and the actors Concord reads it to cover. The readings are
 * judgements, stated so that they can be argued with:
 *
 * <ul>
 *   <li>{@link #MOST_ALLIES}: "most allies" want this. Read as every member except the proposer, with the
 *       aggregator's group factor; it overstates the report for the allies outside "most".</li>
 *   <li>{@link #EUROPEAN_ALLIES}: every member except the United States and Canada.</li>
 *   <li>{@link #UNKNOWN_ALLY}: one ally, not named, holds this. Spread weakly over every member except the proposer:
 *       each gets 1/n of the report ({@link ReportSubject.ActorGroup#oneUnnamed}), so the report moves the estimates
 *       a little and none of them much.</li>
 *   <li>{@link #SECRETARIAT}: the organisation itself (its spokesperson, the International Staff). No member: listed
 *       with the issue, ignored for positions.</li>
 * </ul>
 */
enum StanceGroup {
    MOST_ALLIES("most allies"),
    EUROPEAN_ALLIES("the European allies"),
    UNKNOWN_ALLY("an unnamed ally"),
    SECRETARIAT("the secretariat");

    private static final Set<ActorId> NORTH_AMERICA = Set.of(ActorId.of("USA"), ActorId.of("CAN"));

    private final String label;

    StanceGroup(String label) { this.label = label; }

    String label() { return label; }

    /**
     * The actors a report about this group covers.
     *
     * @param actors   the actors
     * @param proposer the proposing actor, if a member proposes
     * @return the subject for the aggregator, or empty when the group covers none of the actors
     */
    Optional<ReportSubject> subject(List<ActorId> actors, Optional<ActorId> proposer) {
        Set<ActorId> covered = new LinkedHashSet<>(actors);
        switch (this) {
            case MOST_ALLIES, UNKNOWN_ALLY -> proposer.ifPresent(covered::remove);
            case EUROPEAN_ALLIES -> covered.removeAll(NORTH_AMERICA);
            case SECRETARIAT -> covered.clear();
        }
        if (covered.isEmpty()) return Optional.empty();
        return Optional.of(this == UNKNOWN_ALLY ? ReportSubject.ActorGroup.oneUnnamed(label, covered)
                : new ReportSubject.ActorGroup(label, covered));
    }

    /** One sentence on how a report about this group is read for the given actors. */
    String reading(List<ActorId> actors, Optional<ActorId> proposer) {
        Optional<ReportSubject> s = subject(actors, proposer);
        int n = s.map(x -> ((ReportSubject.ActorGroup) x).members().size()).orElse(0);
        String others = proposer.map(p -> "the " + n + " members other than the proposer " + p).orElse("all " + n + " members");
        return switch (this) {
            case MOST_ALLIES -> n == 0 ? "Covers no member: not counted." : "Read as the position of " + others + ", at half weight.";
            case EUROPEAN_ALLIES -> n == 0 ? "Covers no member: not counted." : "Read as the position of the " + n + " members other than USA and CAN, at half weight.";
            case UNKNOWN_ALLY -> n == 0 ? "Covers no member: not counted." : "One unnamed ally: spread over " + others + ", 1/" + n + " of the report each, at half weight.";
            case SECRETARIAT -> "The organisation, not a member: listed, not counted for positions.";
        };
    }
}
