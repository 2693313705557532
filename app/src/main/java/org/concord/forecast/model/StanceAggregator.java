package org.concord.forecast.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns reported stances into one {@link PositionEstimate} per actor.
 *
 * <p>Each report that covers an actor and is dated on or before the as-of date gets the weight
 * <pre>w = reliability weight x credibility weight x 0.5^(age in days / half-life) x (group factor x share if a group report)</pre>
 * with the Admiralty weights of {@link AdmiraltyGrade} (A=1.0, B=0.8, C=0.6, D=0.4, E=0.2, F=0.3; 1=1.0, 2=0.8,
 * 3=0.6, 4=0.3, 5=0.1, 6=0.3). Reports dated after the as-of date are ignored: they were not known then.
 *
 * <p>With total weight W, the estimate is the weighted mean m of the implied positions and
 * <pre>sd = sqrt(baseSd^2 / (1 + W) + sum w (x - m)^2 / W)</pre>
 * so the spread shrinks as evidence accumulates and widens when reports contradict each other. An actor no report
 * covers gets the prior (priorMean, priorSd), flagged {@code flaggedNoReport}.
 *
 * <p>Assumptions: reports are independent (a story copied by ten outlets should be entered once); a group report
 * ("most allies") is read as applying to every member of the group, which overstates it for the dissenters, hence
 * the group factor, and a report about one unnamed member of a group of n is spread over all n with share 1/n
 * ({@link ReportSubject.ActorGroup#oneUnnamed}); a single weak report still sets the mean, its weakness shows only in the spread. The weights
 * are Concord's calibration choice, not taken from a published source; the half-life default of 90 days is a
 * judgement about how fast positions in alliance negotiations move.
 */
public final class StanceAggregator {

    /**
     * @param halfLifeDays age at which a report counts half, finite and above 0
     * @param groupFactor  multiplier of a group report's weight, in (0, 1]
     * @param baseSd       spread of a single fully weighted report, finite and at least 0
     * @param priorMean    position assumed for an actor without any report, on 0-100
     * @param priorSd      spread of that prior, finite and at least 0
     */
    public record Settings(double halfLifeDays, double groupFactor, double baseSd, double priorMean, double priorSd) {
        /** 90-day half-life, group factor 0.5, base sd 20, prior 50 with sd 30. */
        public static final Settings DEFAULTS = new Settings(90, 0.5, 20, 50, 30);

        public Settings {
            if (!(halfLifeDays > 0 && halfLifeDays < Double.POSITIVE_INFINITY))
                throw new IllegalArgumentException("half-life must be finite and above 0 days, was " + halfLifeDays);
            if (!(groupFactor > 0 && groupFactor <= 1))
                throw new IllegalArgumentException("group factor must be in (0, 1], was " + groupFactor);
            if (!(baseSd >= 0 && baseSd < Double.POSITIVE_INFINITY))
                throw new IllegalArgumentException("base sd must be finite and at least 0, was " + baseSd);
            Scale.check("prior mean", priorMean);
            if (!(priorSd >= 0 && priorSd < Double.POSITIVE_INFINITY))
                throw new IllegalArgumentException("prior sd must be finite and at least 0, was " + priorSd);
        }
    }

    private final Settings settings;

    /** @param settings must not be null */
    public StanceAggregator(Settings settings) { this.settings = Objects.requireNonNull(settings, "settings"); }

    /**
     * The weight a report carries for one of the actors it covers, as of a date.
     *
     * @return 0 for a report dated after {@code asOf}, else the weight described in the class comment
     */
    public double weight(StanceReport report, LocalDate asOf) {
        long ageDays = ChronoUnit.DAYS.between(report.date(), asOf);
        if (ageDays < 0) return 0;
        double w = report.grade().weight() * Math.pow(0.5, ageDays / settings.halfLifeDays());
        return report.subject() instanceof ReportSubject.ActorGroup g ? w * settings.groupFactor() * g.share() : w;
    }

    /**
     * Estimates the position of each actor from the reports.
     *
     * @param actors  the actors to estimate, must not be null; reports about other actors are ignored
     * @param reports the reports, must not be null
     * @param asOf    the date the forecast is made, must not be null
     * @return one estimate per actor, in the order given
     */
    public Map<ActorId, PositionEstimate> estimate(List<ActorId> actors, List<StanceReport> reports, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<ActorId, PositionEstimate> out = new LinkedHashMap<>();
        for (ActorId actor : actors) out.put(actor, estimateOne(actor, reports, asOf));
        return out;
    }

    private PositionEstimate estimateOne(ActorId actor, List<StanceReport> reports, LocalDate asOf) {
        double sumW = 0, sumWx = 0;
        for (StanceReport r : reports) {
            if (!r.subject().covers(actor)) continue;
            double w = weight(r, asOf);
            sumW += w;
            sumWx += w * r.impliedPosition();
        }
        if (sumW == 0) return new PositionEstimate(settings.priorMean(), settings.priorSd(), true);
        double mean = Scale.clamp(sumWx / sumW);
        double sumWdev2 = 0;
        for (StanceReport r : reports) {
            if (!r.subject().covers(actor)) continue;
            double d = r.impliedPosition() - mean;
            sumWdev2 += weight(r, asOf) * d * d;
        }
        double base2 = settings.baseSd() * settings.baseSd() / (1 + sumW);
        return new PositionEstimate(mean, Math.sqrt(base2 + sumWdev2 / sumW), false);
    }
}
