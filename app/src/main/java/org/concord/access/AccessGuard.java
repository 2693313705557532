package org.concord.access;

import org.concord.access.model.Action;
import org.concord.access.model.AuditEvent;
import org.concord.access.model.AuditEvents;
import org.concord.access.model.ClientAddress;
import org.concord.access.model.Decision;
import org.concord.access.model.Policy;
import org.concord.shared.Forbidden;
import org.concord.shared.Principal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Asks the {@link Policy} before a use case acts, and records every denial in the audit trail. */
final class AccessGuard {
    private final Policy policy;
    private final AuditEvents audit;

    /** Both must not be null. */
    AccessGuard(Policy policy, AuditEvents audit) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Returns if {@code who} may do {@code action}.
     *
     * @param from where the request came from; empty when unknown (e.g. the scheduler)
     * @throws Forbidden with the policy's reason, after appending an {@link AuditEvent.AccessDenied}, if it may not
     */
    void require(Principal who, Action action, Optional<ClientAddress> from, Instant now) {
        if (policy.decide(who, action) instanceof Decision.Deny deny) {
            audit.append(new AuditEvent.AccessDenied(who.user(), from, now, action, deny.reason()));
            throw new Forbidden(deny.reason());
        }
    }

    Policy policy() { return policy; }
}
