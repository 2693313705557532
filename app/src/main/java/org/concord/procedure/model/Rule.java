package org.concord.procedure.model;

/**
 * A rule of the consensus procedure, cited by every refusal and by the events it shapes. R1-R13 follow
 * procedure-rules.md; the two house rules say who conducts the proceedings where those rules are silent.
 */
public enum Rule {
    R1_NO_STANDING_OBJECTION("R1", "An item is adopted if and only if no member of the required set has an active "
            + "objection (or pending reservation) at that time; no tally is kept."),
    R2_REQUIRED_SET("R2", "The required set is the body's membership at that date, minus members excluded by an "
            + "explicit rule (consensus-minus-one); only its members record positions."),
    R3A_CHAIR_OPENS_SILENCE("R3(a)", "Only the chair opens a silence procedure, on a fixed text version, with a deadline."),
    R3B_OPENING_SILENCE_NEEDS_CONSENSUS("R3(b)", "Where configured, opening a silence procedure itself needs consensus."),
    R3C_BREAK_BY_FORMAL_ACT("R3(c)", "Silence is broken only by a formal, attributable act (letter or note) "
            + "received before the deadline."),
    R3D_OUTCOME_AT_DEADLINE("R3(d)", "At the deadline: no break adopts the item, timed at the deadline; "
            + "a break sends it back to discussion. A procedure closes exactly once."),
    R3E_LATE_BREAK_LOGGED("R3(e)", "A break received at or after the deadline has no effect but is logged."),
    R3F_NEW_TEXT_CANCELS_SILENCE("R3(f)", "A new text version cancels the running silence procedure."),
    R4_FOOTNOTES_DO_NOT_BLOCK("R4", "A statement or footnote joins consensus, travels with the decision, and may be "
            + "withdrawn before adoption."),
    R5_AD_REFERENDUM("R5", "An ad-referendum agreement is pending until lifted; it lapses at a silence deadline."),
    R6_CONSTRUCTIVE_ABSTENTION("R6", "EU mode only: a qualified abstention does not block, unless qualified abstainers "
            + "reach one third of the members and one third of the population."),
    R7_NON_PARTICIPATION("R7", "A member may lift its objection on terms of not taking part; it counts as non-objection."),
    R8_POSITION_VOCABULARY("R8", "Positions are OBJECTION, RESERVATION, AD_REFERENDUM, SUPPORT, SUPPORT_WITH_STATEMENT, "
            + "ABSTAIN, QUALIFIED_ABSTAIN, NON_PARTICIPATING, SILENT, UNKNOWN."),
    R9_OFFICIAL_ACTS_ONLY("R9", "Only official acts of a member (or recorded by the chair) change decision state; "
            + "reported stances never do."),
    R10_ONE_DECISION_PER_ITEM("R10", "Each mission lifecycle step is its own consensus item with its own effect."),
    R11_INVITATIONS_AT_LEVEL("R11", "Inviting a partner to a formal session needs consensus at that level; informal "
            + "formats follow the configured approval policy."),
    R12_FORUM_CHANGE("R12", "An item may move to another body (another membership) or level, keeping its history."),
    R13_SEALED_AND_APPEND_ONLY("R13", "Every act is an immutable event in time order; a decided item is sealed and "
            + "reopening creates a new, linked item."),
    CHAIR_CONDUCTS_PROCEEDINGS("house", "Only the chair notes consensus, moves an item or applies an exclusion; the "
            + "chair or the system scheduler closes a silence procedure."),
    PROPOSER_OR_CHAIR_OWNS_ITEM("house", "An item is raised, amended or withdrawn by the chair or by the proposing "
            + "member's own delegation."),
    DRAFTS_ARE_NOT_RAISED("house", "A draft is prepared for the chair and is not before the body: it takes no position, no "
            + "silence procedure and no adoption until the chair raises it.");

    private final String citation;
    private final String summary;

    Rule(String citation, String summary) {
        this.citation = citation;
        this.summary = summary;
    }

    /** The short reference, e.g. {@code R3(d)} or {@code house}. */
    public String citation() { return citation; }

    /** One sentence stating the rule. */
    String summary() { return summary; }
}
