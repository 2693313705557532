package org.concord.procedure.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concord.procedure.model.Decision.Refused;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;

/** The checks commands share; each returns the refusal, or empty when the check passes. */
final class Guards {
    private Guards() {}

    static Refused refuse(Rule rule, String reason) { return new Refused(rule, reason); }

    static LocalDate dateOf(Instant at) { return LocalDate.ofInstant(at, ZoneOffset.UTC); }

    static Actor actor(Principal by) { return Actor.of(by); }

    /** Not sealed (R13), and {@code now} not before the item's last act (R13: append-only, in time order). */
    static Optional<Refused> live(DecisionItem item, Instant now) {
        if (item.sealed())
            return Optional.of(refuse(Rule.R13_SEALED_AND_APPEND_ONLY,
                    "item " + item.id() + " is " + item.status() + " and sealed; reopen it as a new item"));
        return inTimeOrder(item, now);
    }

    /** Not a draft: a draft is not before the body until the chair raises it. */
    static Optional<Refused> raised(DecisionItem item, String act) {
        if (item.status() != ItemStatus.DRAFT) return Optional.empty();
        return Optional.of(refuse(Rule.DRAFTS_ARE_NOT_RAISED, "item " + item.id() + " is a draft: the chair raises it before it " + act));
    }

    static Optional<Refused> inTimeOrder(DecisionItem item, Instant now) {
        if (now.isBefore(item.lastActAt()))
            return Optional.of(refuse(Rule.R13_SEALED_AND_APPEND_ONLY,
                    "acts are recorded in time order: " + now + " is before the item's last act at " + item.lastActAt()));
        return Optional.empty();
    }

    static Optional<Refused> chair(Principal by, Rule rule, String act) {
        if (by.role() == Role.CHAIR) return Optional.empty();
        return Optional.of(refuse(rule, "only the chair " + act + "; " + by.describe() + " is not the chair"));
    }

    /** The act is the member's own (its delegation) or recorded by the chair; nobody else speaks for a member (R9). */
    static Optional<Refused> speaksFor(Principal by, Iso3 member) {
        if (by.role() == Role.CHAIR) return Optional.empty();
        if (by.role() == Role.DELEGATION && by.nation().equals(Optional.of(member))) return Optional.empty();
        return Optional.of(refuse(Rule.R9_OFFICIAL_ACTS_ONLY, by.describe() + " cannot make an official act for "
                + member + ": only its delegation, or the chair recording it; reported stances belong to intel"));
    }

    /** The chair, or the delegation of the member that proposed the item. */
    static Optional<Refused> ownsItem(DecisionItem item, Principal by, String act) {
        if (by.role() == Role.CHAIR) return Optional.empty();
        if (item.proposer() instanceof Proposer.Member m && by.role() == Role.DELEGATION
                && by.nation().equals(Optional.of(m.nation()))) return Optional.empty();
        return Optional.of(refuse(Rule.PROPOSER_OR_CHAIR_OWNS_ITEM,
                "only the chair or the proposer " + act + " item " + item.id() + "; " + by.describe() + " is neither"));
    }

    static Set<Iso3> requiredSet(DecisionItem item, Membership membership, LocalDate date) {
        Set<Iso3> required = new TreeSet<>(membership.membersAt(item.body(), date));
        item.excluded().forEach(required::remove);
        return required;
    }

    static Optional<Refused> inRequiredSet(DecisionItem item, Membership membership, Iso3 member, Instant now) {
        LocalDate date = dateOf(now);
        if (requiredSet(item, membership, date).contains(member)) return Optional.empty();
        String why = item.excluded().contains(member) ? "is excluded from this item (consensus-minus-one)"
                : "is not a member of " + item.body() + " on " + date;
        return Optional.of(refuse(Rule.R2_REQUIRED_SET, member + " " + why + "; only the required set records positions"));
    }

    static String list(Collection<Iso3> members) {
        return members.stream().sorted().map(Iso3::code).collect(Collectors.joining(", "));
    }
}
