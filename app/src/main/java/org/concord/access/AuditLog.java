package org.concord.access;

import org.concord.access.model.AuditEvent;
import org.concord.shared.tx.Tx;

/** Where audit events go: written in the given transaction, so an audited act and its record commit together. */
@FunctionalInterface
public interface AuditLog {
    void record(Tx tx, AuditEvent event);
}
