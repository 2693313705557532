package org.concord.procedure.data;

/** A request that carries only the item version it was based on (noting consensus). */
public record VersionData(Long version) {}
