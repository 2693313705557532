package org.concord.access;

import org.concord.access.model.ActionKind;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the other capabilities ask of access control, in their own services, so every edge obeys the same rules. */
public interface AccessControl {
    /**
     * @throws org.concord.shared.Forbidden (and audits the refusal) unless {@code who} may do {@code kind}, for {@code nation} where it names one
     */
    void require(Principal who, ActionKind kind, Optional<Iso3> nation);

    /** Whether {@code who} may do {@code kind} (no audit: for deciding what to show). */
    boolean may(Principal who, ActionKind kind);

    /** The records {@code who} may see: at or below their clearance, and released to their country if a partner. */
    <T> List<T> visible(Principal who, List<T> records, Function<T, String> classification);

    /** Whether {@code who} may see a record of this classification; a hidden record must answer 404, never 403. */
    boolean canSee(Principal who, String classification);

    /**
     * The lowest classification at or above {@code base} and every one of {@code touched}: the higher marking, released
     * only where all of them are (see {@link org.concord.access.model.Classification#join}).
     *
     * @return the canonical text
     */
    String atLeast(String base, java.util.Collection<String> touched);

    /**
     * Audits that {@code who} was answered "not found" and returns the exception to throw: a missing and a hidden record
     * take this same path, at the same cost. Call it outside any transaction (the audit has one of its own).
     */
    org.concord.shared.NotFound notFound(Principal who, String kind, Object id);

    /** Runs {@code work}; a {@link org.concord.shared.NotFound} it throws is audited as {@link #notFound} does, after its transaction rolled back. */
    <T> T auditingNotFound(Principal who, java.util.function.Supplier<T> work);

    /** Journals the counted anonymous refusals of every window that is over (before the audit trail is read). */
    void journalAnonymousRefusals();

    /** Whether {@code who} is the anonymous reader (no credentials). */
    boolean isAnonymous(Principal who);

    /** Audits a refusal that another capability's own rules made (e.g. the procedure's R9). */
    void denied(Principal who, String action, String reason);

    /** @return the canonical form of {@code text} @throws org.concord.shared.InvalidInput naming {@code field} if unreadable */
    String checkClassification(String field, String text);

    /**
     * The marking {@code who} asks a record they write to carry, checked: a writer may not mark a record higher than
     * they may read (above their clearance, or for a partner not released to their country), or they could not read
     * back what they wrote.
     *
     * @param asked the marking asked for; null or blank for {@code dflt}
     * @param dflt  the record's default marking, must not be null
     * @return the canonical form of the marking
     * @throws org.concord.shared.InvalidInput naming {@code field} with the reason if it is unreadable or above the writer
     */
    String checkMarking(Principal who, String field, String asked, String dflt);
}
