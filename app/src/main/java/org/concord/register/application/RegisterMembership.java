package org.concord.register.application;

import org.concord.procedure.model.BodyId;
import org.concord.procedure.model.Membership;
import org.concord.procedure.model.BodyId;
import org.concord.procedure.model.Membership;
import org.concord.register.model.Bodies;
import org.concord.register.model.Body;
import org.concord.register.model.Member;
import org.concord.register.model.MemberSet;
import org.concord.register.model.Members;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.tx.Tx;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The register as the procedure sees it: each body's members on a date (R2: accessions are dated). The members are
 * read once and each body at most once, so one instance serves a whole page of items in its transaction.
 */
final class RegisterMembership implements Membership {
    private final List<Member> members;
    private final Bodies bodies;
    private final Map<BodyId, Body> bodyCache = new HashMap<>();

    RegisterMembership(Tx t) {
        this.members = t.repository(Members.class).all();
        this.bodies = t.repository(Bodies.class);
    }

    @Override public Set<Iso3> membersAt(BodyId bodyId, LocalDate date) {
        Body body = bodyCache.computeIfAbsent(bodyId, b -> bodies.find(org.concord.register.model.BodyId.of(b.value()))
                .orElseThrow(() -> new NotFound("body", b.value())));
        Set<Iso3> out = new TreeSet<>();
        for (Member m : members)
            if (m.memberOn(date) && (body.memberSet() == MemberSet.ALL_MEMBERS || body.members().contains(m.iso3()))) out.add(m.iso3());
        return out;
    }

    /**
     * The member's population figure from the register, whatever {@code date}: the register keeps one figure per
     * member, whose period is the dataset's (an EU register of 2014 carries the 2014 population weights).
     *
     * @return empty if {@code member} is not in the register or the register gives no figure for it
     */
    @Override public OptionalLong populationAt(Iso3 member, LocalDate date) {
        for (Member m : members)
            if (m.iso3().equals(member)) return m.population();
        return OptionalLong.empty();
    }
}
