package org.concord.register.model;

/** What kind of event. */
public enum EventKind { SUMMIT, LEADERS_MEETING, EXTRAORDINARY_SUMMIT, MINISTERIAL, SIDE_EVENT }
