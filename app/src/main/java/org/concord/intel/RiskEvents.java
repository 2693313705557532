package org.concord.intel;

/** What the journal records about risks: past-tense events, each with its stable type name. */
public sealed interface RiskEvents permits RiskEvents.RiskAssessed {

    /** The journal subject of a risk. */
    static String subject(long id) { return "risk:" + id; }

    /** Whether a journal subject names a risk. */
    static boolean isSubject(String subject) { return subject.startsWith("risk:"); }

    /**
     * A risk was assessed and recorded: the risk as stored, with its id and marking.
     *
     * @param risk           the risk's wire document
     * @param classification its marking, at least that of what it is attached to (the journal filters by it)
     */
    record RiskAssessed(RiskData risk, String classification) implements RiskEvents {
        public static final String TYPE = "RiskAssessed";
    }
}
