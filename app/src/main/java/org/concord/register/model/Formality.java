package org.concord.register.model;

/** R11: inviting a partner to a formal session needs consensus; chair-convened informal formats follow their own rule. */
public enum Formality { FORMAL, INFORMAL_CHAIR_CONVENED }
