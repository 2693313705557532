package org.concord.shared;

/** What a principal may do; the access rules hang off this. */
public enum Role {
    ADMIN, CHAIR, DELEGATION, PARTNER, ANALYST, READER,
    /** Concord itself: loading the built-in data, the silence scheduler. */
    SYSTEM
}
