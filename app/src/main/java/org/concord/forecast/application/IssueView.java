package org.concord.forecast.application;

import java.util.List;

/**
 * A forecast issue with its actors' position estimates and the stances behind them, as of a date.
 *
 * @param issue   the issue
 * @param asOf    the date the stances were weighed at
 * @param actors  one per member on the issue's date, in accession order
 * @param stances every stance reported on the issue, with how it is read
 */
public record IssueView(IssueData issue, String asOf, List<ActorData> actors, List<StanceReading> stances) {

    /**
     * @param stance     the stance's id
     * @param about      an ISO3 code or a group name
     * @param reportedOn YYYY-MM-DD
     * @param grade      Admiralty grade, e.g. B2
     * @param position   the implied position
     * @param source     who said it, to whom
     * @param quote      the words reported
     * @param counted    whether it moves any actor's estimate as of the date
     * @param reading    how it is read
     */
    public record StanceReading(long stance, String about, String reportedOn, String grade, double position, String source,
                                String quote, boolean counted, String reading) {}
}
