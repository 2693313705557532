package org.concord.forecast.application;

import java.util.List;

/**
 * A revision of a forecast issue on the wire ({@code PATCH /api/v1/issues/{id}}, {@code concord issues revise}): the
 * fields to change (those left out stay as they are), why, and on which sources. The id, the decision item, the date
 * and the marking are not revised here.
 *
 * @param reason        why the issue changes; required
 * @param reasonSources source keys the reason rests on, e.g. {@code [S17]}; optional
 */
public record IssueRevisionData(String title, String scale0, String scale100, Double statusQuo, Double proposal, String rule,
                                Double threshold, String proposer, String note, List<String> sources, String reason,
                                List<String> reasonSources) {
    /** The wire names of the fields a revision may change, in the order they are reported. */
    static final List<String> FIELDS = List.of("title", "scale0", "scale100", "statusQuo", "proposal", "rule", "threshold",
            "proposer", "note", "sources");
}
