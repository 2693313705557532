package org.concord.register.model;

/** The three core tasks of the 2022 Strategic Concept [S133]; the mapping of missions to them is analyst judgement. */
public enum CoreTask { DETERRENCE_AND_DEFENCE, CRISIS_PREVENTION_AND_MANAGEMENT, COOPERATIVE_SECURITY }
