package org.concord.forecast.application;

import org.concord.forecast.model.AdmiraltyGrade;
import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.ReportSubject;
import org.concord.forecast.model.StanceReport;
import org.concord.shared.tx.Tx;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a forecast finds the stances reported on an issue. The intelligence capability ({@code org.concord.intel})
 * provides it; the composition root wires it in, so that forecasting does not depend on how stances are kept.
 */
public interface ReportedStances {

    /**
     * The stances reported on {@code issue}, each read onto the issue's actors.
     *
     * @param t      the open transaction
     * @param issue  the issue, must not be null
     * @param actors the issue's actors, in order
     * @return every stance on the issue, those that bear on no actor included (with an empty {@code covers})
     */
    List<Reading> on(Tx t, IssueDefinition issue, List<ActorId> actors);

    /**
     * One reported stance and how the forecast reads it.
     *
     * @param stance     the stance's id
     * @param about      whom the report names: an ISO3 code or a group name
     * @param reportedOn when it was reported
     * @param grade      its Admiralty grade
     * @param position   the implied position on the issue's 0-100 scale
     * @param source     who said it, to whom
     * @param quote      the words reported
     * @param covers     the actors it is read to speak for, or empty when it bears on none (e.g. the secretariat)
     * @param reading    one sentence saying how it is read
     * @param classification the stance's marking
     */
    record Reading(long stance, String about, LocalDate reportedOn, AdmiraltyGrade grade, double position, String source,
                   String quote, Optional<ReportSubject> covers, String reading, String classification) {
        public Reading {
            Objects.requireNonNull(covers, "covers");
        }

        /** The report the aggregator weighs, when the stance bears on some actor. */
        Optional<StanceReport> report() {
            return covers.map(s -> new StanceReport(s, reportedOn, grade, position, quote));
        }
    }
}
