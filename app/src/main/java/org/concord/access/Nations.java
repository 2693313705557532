package org.concord.access;

import org.concord.shared.Iso3;

/**
 * What access control asks the register about a nation, so that a DELEGATION is bound to a member of the organisation
 * and a PARTNER to a partner. The composition root answers it from the register (access does not depend on it).
 */
public interface Nations {
    /** Whether {@code nation} is a member of the organisation today. */
    boolean isMember(Iso3 nation);

    /** Whether {@code nation} is one of the organisation's partners. */
    boolean isPartner(Iso3 nation);
}
