package org.concord.register.model;

/** The level at which a body meets, lowest first. */
public enum Level { AMBASSADORS, MINISTERS, HEADS_OF_STATE_AND_GOVERNMENT }
