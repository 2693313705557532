package org.concord.forecast.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Who would reject a point of the scale in favour of the status quo. On one dimension with single-peaked preferences
 * an actor rejects {@code x} when its position is nearer the status quo than {@code x}; under unanimity each such actor
 * blocks. Positions are drawn as the Monte Carlo forecast draws them (a normal truncated to [0, 100]), with a seeded
 * generator, so a share here is the share of draws in which the actor rejects.
 */
public final class PointAcceptance {
    /** An actor is forecast to reject a point when it rejects in at least this share of the draws. */
    public static final double LIKELY = 0.5;

    private PointAcceptance() {}

    /**
     * One actor's share of draws rejecting the point.
     *
     * @param actor must not be null
     * @param share in [0, 1]
     */
    public record Rejection(ActorId actor, double share) {
        public Rejection {
            Objects.requireNonNull(actor, "actor");
            if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("share must be in [0, 1], was " + share);
        }

        /** Whether the actor is forecast to reject: in at least half of the draws. */
        public boolean likely() { return share >= LIKELY; }
    }

    /**
     * The share of draws in which no point other than the status quo is accepted by every actor: under unanimity, how
     * often the status quo stays because each of the alternatives meets a veto. Same draws as {@link #rejections}.
     *
     * @param points the alternatives asked about, on 0-100; the status quo among them is skipped
     * @return in [0, 1]; 1 when no alternative is given
     */
    public static double noneAcceptedByAll(List<ActorId> actors, Map<ActorId, PositionEstimate> estimates, double statusQuo,
                                           List<Double> points, int draws, long seed) {
        Scale.check("status quo", statusQuo);
        if (draws < 1) throw new IllegalArgumentException("draws must be at least 1, was " + draws);
        double[] alternatives = points.stream().mapToDouble(Double::doubleValue).filter(x -> x != statusQuo).toArray();
        if (alternatives.length == 0) return 1;
        int n = actors.size();
        double[] mean = new double[n], sd = new double[n], pos = new double[n];
        for (int i = 0; i < n; i++) {
            PositionEstimate e = estimates.get(actors.get(i));
            if (e == null) throw new IllegalArgumentException("no estimate for actor " + actors.get(i));
            mean[i] = e.mean();
            sd[i] = e.sd();
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int none = 0;
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < n; i++) pos[i] = MonteCarloForecast.draw(rng, mean[i], sd[i]);
            boolean any = false;
            for (double x : alternatives) {
                boolean all = true;
                for (int i = 0; i < n && all; i++) all = Math.abs(pos[i] - statusQuo) >= Math.abs(pos[i] - x);
                if (all) {
                    any = true;
                    break;
                }
            }
            if (!any) none++;
        }
        return (double) none / draws;
    }

    /**
     * The actors that reject {@code point} in some draw, most often first (then by id).
     *
     * @param actors    the actors, in order; each must have an estimate
     * @param estimates every actor's estimated position
     * @param statusQuo what holds if nothing passes, on 0-100
     * @param point     the point asked about, on 0-100; the status quo itself is rejected by no one
     * @param draws     at least 1
     * @param seed      the seed of the draws
     * @return the actors with a share above 0
     */
    public static List<Rejection> rejections(List<ActorId> actors, Map<ActorId, PositionEstimate> estimates, double statusQuo,
                                             double point, int draws, long seed) {
        Scale.check("status quo", statusQuo);
        Scale.check("point", point);
        if (draws < 1) throw new IllegalArgumentException("draws must be at least 1, was " + draws);
        int n = actors.size();
        double[] mean = new double[n], sd = new double[n];
        for (int i = 0; i < n; i++) {
            PositionEstimate e = estimates.get(actors.get(i));
            if (e == null) throw new IllegalArgumentException("no estimate for actor " + actors.get(i));
            mean[i] = e.mean();
            sd[i] = e.sd();
        }
        int[] rejects = new int[n];
        if (point != statusQuo) {
            SplittableRandom rng = new SplittableRandom(seed);
            for (int d = 0; d < draws; d++)
                for (int i = 0; i < n; i++) {
                    double x = MonteCarloForecast.draw(rng, mean[i], sd[i]);
                    if (Math.abs(x - statusQuo) < Math.abs(x - point)) rejects[i]++;
                }
        }
        List<Rejection> out = new ArrayList<>();
        for (int i = 0; i < n; i++) if (rejects[i] > 0) out.add(new Rejection(actors.get(i), (double) rejects[i] / draws));
        out.sort(Comparator.comparingDouble(Rejection::share).reversed().thenComparing(Rejection::actor));
        return out;
    }
}
