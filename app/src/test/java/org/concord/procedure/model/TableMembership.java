package org.concord.procedure.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.concord.shared.Iso3;

/** A membership for tests: per body, each member's accession date; one population figure per member. */
record TableMembership(Map<BodyId, Map<Iso3, LocalDate>> bodies, Map<Iso3, Long> populations) implements Membership {
    TableMembership {
        bodies = Map.copyOf(bodies);
        populations = Map.copyOf(populations);
    }

    @Override
    public Set<Iso3> membersAt(BodyId body, LocalDate date) {
        Set<Iso3> members = new TreeSet<>();
        bodies.getOrDefault(body, Map.of()).forEach((member, joined) -> {
            if (!joined.isAfter(date)) members.add(member);
        });
        return members;
    }

    @Override
    public OptionalLong populationAt(Iso3 member, LocalDate date) {
        Long population = populations.get(member);
        return population == null ? OptionalLong.empty() : OptionalLong.of(population);
    }
}
