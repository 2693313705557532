package org.concord.procedure.data;

/** A request to move an item to another body (R12), optionally at another level. */
public record MoveData(String body, String level, String reason, Long version) {}
