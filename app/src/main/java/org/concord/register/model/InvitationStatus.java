package org.concord.register.model;

/** Whether a partner takes part in a session. */
public enum InvitationStatus { INVITED, EXCLUDED, PENDING }
