package org.concord.register.model;

/** Where an event stands. */
public enum EventStatus { PROPOSED, SCHEDULED, HELD, CANCELLED }
