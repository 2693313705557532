package org.concord.access.model;

/**
 * Where access control writes its {@link AuditEvent}s. The integrator journals them, in the same transaction as the
 * change they describe.
 */
@FunctionalInterface
public interface AuditEvents {
    void append(AuditEvent event);
}
