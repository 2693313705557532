package org.concord.register.model;

/** Whether a body seats every member of the day, or an explicit list. */
public enum MemberSet { ALL_MEMBERS, EXPLICIT }
