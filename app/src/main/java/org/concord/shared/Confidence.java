package org.concord.shared;

/** How far a fact can be trusted, as graded in the reference data. */
public enum Confidence {
    /** A NATO, SHAPE or government page, or an official text. */
    PRIMARY,
    /** A news agency, press report or corroborated encyclopaedia copy. */
    SECONDARY,
    /** One weak source, or sources that disagree. */
    LOW,
    /** General knowledge, not checked against a source. */
    RECALLED
}
