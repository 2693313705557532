package org.concord.register.model;

/** How a reported figure relates to the real one ("about 4,500", "over 14,000", "just under 6,000"). */
public enum Qualifier { EXACT, APPROXIMATELY, OVER, UNDER }
