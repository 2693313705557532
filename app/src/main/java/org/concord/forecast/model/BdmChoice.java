package org.concord.forecast.model;

/**
 * The offer one actor accepts among those it receives in a round: any confrontation before any compromise; among
 * confrontations the nearest, ties to the earlier actor; among compromises the lowest key
 * {@code (|E_ij| x_i + E_ji x_j) / (|E_ij| + E_ji)}, ties to the earlier actor (Scholz's code, rule 9 of
 * docs/bdm-model.md). Reused from actor to actor.
 */
final class BdmChoice {

    boolean confronted;
    double confrontationDistance;
    private double confrontationPosition;
    private int confrontationBy;
    private boolean compromised;
    private double compromiseKey;
    private double compromisePosition;
    private int compromiseBy;

    /** Forgets the last actor's offers; {@code n} is later than every actor. */
    void reset(int n) {
        confronted = false;
        confrontationBy = n;
        compromised = false;
        compromiseBy = n;
    }

    /** A confrontation by actor {@code j}, at {@code gap} from the actor choosing, standing at {@code position}. */
    void confrontation(double gap, double position, int j) {
        if (!confronted || gap < confrontationDistance || j < confrontationBy) {
            confronted = true;
            confrontationDistance = gap;
            confrontationPosition = position;
            confrontationBy = j;
        }
    }

    /** A compromise offered by actor {@code j} with the given key, moving the actor choosing to {@code position}. */
    void compromise(double key, double position, int j) {
        if (!compromised || key < compromiseKey || (key == compromiseKey && j < compromiseBy)) {
            compromised = true;
            compromiseKey = key;
            compromisePosition = position;
            compromiseBy = j;
        }
    }

    /** @return where the actor choosing, now at {@code x}, moves: the offer it accepts, or {@code x} if none */
    double position(double x) {
        return confronted ? confrontationPosition : compromised ? compromisePosition : x;
    }
}
