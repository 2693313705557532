package org.concord.forecast.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.concord.forecast.model.ActorInput;

import org.concord.forecast.model.ModelResult;
import org.concord.forecast.model.OutcomeModel;
import org.concord.forecast.model.ResidualCalibration;
import org.concord.forecast.model.WinSet;

/**
 * The models' points on every case, computed once (nothing in them is fitted): the standard models with the compromise
 * as fallback, then each rule-ignoring model's point moved into the win-set ({@code <name>-in-winset}), then the
 * validation-only procedural model of a two-chamber procedure ({@value #CO_DECISION}, see {@link #coDecision}).
 */
final class PointTable {
    final List<ValidationCase> cases;
    final String[] names;
    final double[][] point;
    final boolean[][] own;
    final double[] spread;
    final String[] rule;
    final boolean[] obeys;
    final List<Optional<WinSet>> winSet = new ArrayList<>();

    /**
     * The row of the procedural model of the EU's ordinary legislative procedure, scored in validation only: the
     * proposer (the Commission) sets the agenda and gets the point nearest its ideal that the Council's rule lets pass
     * (the win-set of the reference point under QMV or unanimity) and that every other actor without a Council vote
     * (the Parliament, where the file has it) weakly prefers to the reference point. Needs a reference point and a
     * proposer among the actors; otherwise the compromise point stands in, as for win-set.
     */
    static final String CO_DECISION = "eu-procedure";

    PointTable(List<OutcomeModel> models, List<ValidationCase> cases) {
        this.cases = cases;
        int n = cases.size(), m = models.size();
        List<Integer> restricted = new ArrayList<>();
        for (int j = 0; j < m; j++) if (!models.get(j).obeysRule()) restricted.add(j);
        int rows = m + restricted.size() + 1;
        names = new String[rows];
        obeys = new boolean[rows];
        point = new double[rows][n];
        own = new boolean[rows][n];
        spread = new double[n];
        rule = new String[n];
        int compromise = -1;
        for (int j = 0; j < m; j++) {
            names[j] = models.get(j).name();
            obeys[j] = models.get(j).obeysRule();
            if (names[j].equals("compromise")) compromise = j;
        }
        for (int r = 0; r < restricted.size(); r++) {
            names[m + r] = models.get(restricted.get(r)).name() + PredictiveValidation.IN_WINSET_SUFFIX;
            obeys[m + r] = true;
        }
        int coDecision = rows - 1;
        names[coDecision] = CO_DECISION;
        obeys[coDecision] = true;
        for (int i = 0; i < n; i++) {
            ValidationCase c = cases.get(i);
            spread[i] = ResidualCalibration.spread(c.actors());
            rule[i] = c.issue().rule().code();
            Optional<WinSet> ws = Optional.empty();
            double[] raw = new double[m];
            for (int j = 0; j < m; j++) {
                switch (models.get(j).predict(c.issue(), c.actors())) {
                    case ModelResult.Predicted p -> {
                        raw[j] = p.point();
                        own[j][i] = true;
                        if (ws.isEmpty()) ws = p.winSet();
                    }
                    case ModelResult.Skipped s -> raw[j] = Double.NaN;
                }
            }
            double comp = own[compromise][i] ? raw[compromise]
                    : c.actors().stream().mapToDouble(a -> a.position()).average().orElseThrow();
            for (int j = 0; j < m; j++) point[j][i] = own[j][i] ? raw[j] : comp;
            winSet.add(ws);
            for (int r = 0; r < restricted.size(); r++) {
                double x = point[restricted.get(r)][i];
                point[m + r][i] = ws.map(w -> w.closestTo(x)).orElse(x);
                own[m + r][i] = ws.isPresent() && own[restricted.get(r)][i];
            }
            OptionalDouble co = ws.isPresent() ? coDecision(c, ws.get()) : OptionalDouble.empty();
            point[coDecision][i] = co.orElse(comp);
            own[coDecision][i] = co.isPresent();
        }
    }

    /** See {@link #CO_DECISION}; empty without a proposer among the actors. */
    static OptionalDouble coDecision(ValidationCase c, WinSet council) {
        if (c.issue().proposer().isEmpty()) return OptionalDouble.empty();
        ActorInput setter = null;
        for (ActorInput a : c.actors()) if (a.id().equals(c.issue().proposer().get())) setter = a;
        if (setter == null) return OptionalDouble.empty();
        double sq = council.statusQuo(), low = council.low(), high = council.high();
        for (ActorInput a : c.actors()) {
            if (a.votes() || a == setter) continue;
            double reach = Math.abs(a.position() - sq); // it accepts what is at least as close to it as the status quo
            low = Math.max(low, a.position() - reach);
            high = Math.min(high, a.position() + reach);
        }
        if (low > high) return OptionalDouble.of(sq);
        return OptionalDouble.of(Math.max(low, Math.min(high, setter.position())));
    }

    int index(String name) { return Arrays.asList(names).indexOf(name); }
}
