package org.concord.procedure.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.concord.shared.Iso3;

/** Evaluates consensus over standing positions (R1, R5, R6); no "yes" is counted. */
final class ConsensusCheck {
    private ConsensusCheck() {}

    static Consensus evaluate(DecisionItem item, Set<Iso3> required, Membership membership, LocalDate date) {
        if (required.isEmpty())
            return new Consensus.NotReached(Rule.R2_REQUIRED_SET, List.of(),
                    "body " + item.body() + " has no members on " + date);
        Map<Iso3, PositionEntry> standing = item.standingPositions();
        List<Iso3> objectors = holding(required, standing, p -> p.blocksAt(item.level()));
        if (!objectors.isEmpty())
            return new Consensus.NotReached(Rule.R1_NO_STANDING_OBJECTION, objectors,
                    "standing objection at " + item.level() + " level from " + Guards.list(objectors));
        List<Iso3> reserving = holding(required, standing, p -> p instanceof Position.Reservation);
        if (!reserving.isEmpty())
            return new Consensus.NotReached(Rule.R1_NO_STANDING_OBJECTION, reserving,
                    "pending reservation from " + Guards.list(reserving));
        List<Iso3> adReferendum = holding(required, standing, p -> p instanceof Position.AdReferendum);
        if (!adReferendum.isEmpty())
            return new Consensus.NotReached(Rule.R5_AD_REFERENDUM, adReferendum,
                    "agreed only ad referendum, pending confirmation from the capitals of " + Guards.list(adReferendum));
        if (item.config().constructiveAbstention()) {
            List<Iso3> qualified = holding(required, standing, p -> p instanceof Position.QualifiedAbstain);
            if (!qualified.isEmpty()) {
                Consensus r6 = constructiveAbstention(required, qualified, membership, date);
                if (r6 instanceof Consensus.NotReached) return r6;
            }
        }
        return new Consensus.Reached(required.stream().sorted().toList());
    }

    /** Art. 31(1) TEU: fails when qualified abstainers are at least 1/3 of the members and of the population. */
    private static Consensus constructiveAbstention(Set<Iso3> required, List<Iso3> qualified, Membership membership,
                                                    LocalDate date) {
        long totalPopulation = 0;
        long abstainingPopulation = 0;
        for (Iso3 member : required.stream().sorted().toList()) {
            OptionalLong population = membership.populationAt(member, date);
            if (population.isEmpty() || population.getAsLong() <= 0)
                return new Consensus.NotReached(Rule.R6_CONSTRUCTIVE_ABSTENTION, List.of(member),
                        "the population of " + member + " on " + date + " is unknown; R6 cannot be evaluated");
            totalPopulation += population.getAsLong();
            if (qualified.contains(member)) abstainingPopulation += population.getAsLong();
        }
        boolean thirdOfMembers = 3L * qualified.size() >= required.size();
        boolean thirdOfPopulation = 3L * abstainingPopulation >= totalPopulation;
        if (thirdOfMembers && thirdOfPopulation)
            return new Consensus.NotReached(Rule.R6_CONSTRUCTIVE_ABSTENTION, qualified,
                    "qualified abstainers " + Guards.list(qualified) + " are " + qualified.size() + " of "
                            + required.size() + " members and " + abstainingPopulation + " of " + totalPopulation
                            + " population: at least one third of both");
        return new Consensus.Reached(required.stream().sorted().toList());
    }

    private static List<Iso3> holding(Set<Iso3> required, Map<Iso3, PositionEntry> standing, Predicate<Position> test) {
        return standing.entrySet().stream()
                .filter(e -> required.contains(e.getKey()) && test.test(e.getValue().position()))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
