package org.concord.access.model;

import java.util.List;

/**
 * Accounts a migration disabled because their role did not match the kind of their nation (a DELEGATION not bound to a
 * member, a PARTNER not bound to a partner), until Concord has journaled each of them.
 */
public interface UnboundAccounts {
    /** One disabled account and why. */
    record Pending(UserName name, String reason) {}

    /** The disablings not journaled yet, by name. */
    List<Pending> pending();

    /** Marks the disabling of {@code name} as journaled. */
    void journaled(UserName name);
}
