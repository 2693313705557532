package org.concord.cli;

import org.concord.forecast.application.ActorData;
import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.IssueData;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A stored forecast as text for the terminal. Display only: every number comes from the forecast. */
final class ForecastText {
    private static final int PIVOTAL_SHOWN = 10;
    private static final int BAR = 40;

    private ForecastText() {}

    static void print(PrintWriter out, ForecastData f) {
        IssueData issue = f.inputs().issue();
        ForecastData.Results r = f.results();
        out.printf("Forecast %d of %s: %s%n", f.id(), f.issue(), issue.title());
        out.printf("  model %s (version %s, %s), %,d runs, seed %d, run %s by %s%n", f.model(), f.modelVersion(), f.engineVersion(),
                f.runs(), f.seed(), f.at(), f.by());
        out.printf("  scale: 0 = %s; 100 = %s%n", issue.scale0(), issue.scale100());
        out.printf("  status quo %s, proposal %s, rule %s%s; %d actors (the members on %s), stances weighed as of %s%n",
                num(issue.statusQuo()), num(issue.proposal()), issue.rule(), issue.threshold() == null ? "" : " " + issue.threshold(),
                f.inputs().actors().size(), issue.date(), f.inputs().asOf());
        out.printf("Proposer: %s%n", IssueData.CHAIR.equals(issue.proposer()) ? "the chair (no member)" : issue.proposer());
        out.println();
        if (!r.completed()) {
            out.printf("The model says nothing on this issue: %s%n", r.reason());
            return;
        }
        if (r.statusQuoHolds() != null) {
            if (Boolean.TRUE.equals(r.proposalIsStatusQuo()))
                out.printf("The proposal as written (%s) is the status quo: passing it changes nothing, so P(status quo holds) answers both.%n",
                        num(issue.proposal()));
            if (r.proposalPasses() != null)
                out.printf("P(proposal passes as written)  %6s  (%,d of %,d runs)%n", pct(r.proposalPasses()),
                        Math.round(r.proposalPasses() * f.runs()), f.runs());
            out.printf("P(status quo holds)            %6s%n", pct(r.statusQuoHolds()));
            out.printf("P(compromise)                  %6s%n", pct(r.compromise()));
            out.println();
        }
        out.printf("Likely outcome (%s model%s): median %s; 50%% between %s and %s; 90%% between %s and %s; mean %s%n", f.model(),
                r.modelOutcome() != null ? ", moved in each run into what the rule lets pass" : "",
                num(r.outcome().p50()), num(r.outcome().p25()), num(r.outcome().p75()), num(r.outcome().p5()), num(r.outcome().p95()),
                num(r.outcome().mean()));
        if (r.calibrated() != null) {
            out.printf("  calibrated, with the model's own error: median %s; 50%% between %s and %s; 90%% between %s and %s%n",
                    num(r.calibrated().p50()), num(r.calibrated().p25()), num(r.calibrated().p75()), num(r.calibrated().p5()),
                    num(r.calibrated().p95()));
            out.printf("  calibrated by: %s%n", r.calibratedBy());
        }
        if (r.modelOutcome() != null)
            out.printf("Reference, not a forecast (the %s model ignores the rule): median %s; 90%% between %s and %s%n", f.model(),
                    num(r.modelOutcome().p50()), num(r.modelOutcome().p5()), num(r.modelOutcome().p95()));
        if (r.setterPoint() != null)
            out.printf("Most proposer-favourable point every veto player accepts: median %s; 90%% between %s and %s%n",
                    num(r.setterPoint().p50()), num(r.setterPoint().p5()), num(r.setterPoint().p95()));
        if (!r.pivotal().isEmpty()) {
            out.println();
            out.println("Pivotal actors (share of runs in which they bound what can pass):");
            String top = r.pivotal().stream().limit(PIVOTAL_SHOWN).map(p -> p.actor() + " " + pct(p.share())).collect(Collectors.joining(", "));
            out.println("  " + top + (r.pivotal().size() > PIVOTAL_SHOWN ? ", and " + (r.pivotal().size() - PIVOTAL_SHOWN) + " more" : ""));
        }
        if (!r.levers().isEmpty()) {
            out.println();
            out.println("Levers (central scenario: every actor at its estimated position; what it could do alone to the proposal):");
            Map<String, ActorData> actors = f.inputs().actors().stream().collect(Collectors.toMap(ActorData::actor, Function.identity()));
            // Actors in the same place with the same lever share one line.
            Map<List<String>, List<String>> grouped = new LinkedHashMap<>();
            for (ForecastData.LeverData l : r.levers()) {
                ActorData a = actors.get(l.actor());
                List<String> key = List.of(a == null ? "" : num(a.position()), a == null ? "" : num(a.sd()), lever(l));
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(l.actor() + (a != null && a.flaggedNoReport() ? "*" : ""));
            }
            List<List<String>> rows = new ArrayList<>();
            grouped.forEach((key, who) -> rows.add(List.of(String.join(" ", who), key.get(0), key.get(1), key.get(2))));
            Output.table(out, List.of("actors", "position", "sd", "lever"), rows);
        }
        out.println();
        out.println("Outcome over the runs:");
        histogram(out, r.histogram());
        List<String> flagged = f.inputs().actors().stream().filter(ActorData::flaggedNoReport).map(ActorData::actor).toList();
        if (!flagged.isEmpty())
            out.printf("%n* no reported stance: position is the wide prior (%d actors: %s)%n", flagged.size(), String.join(" ", flagged));
    }

    private static String lever(ForecastData.LeverData l) {
        return switch (l.kind()) {
            case "DECISIVE" -> String.format(Locale.ROOT, "moving past %s (%+.1f) alone %s", num(l.switchPoint()), l.shift(),
                    "BLOCKS_PROPOSAL".equals(l.effect()) ? "blocks the proposal" : "lets the proposal pass");
            case "NOT_DECISIVE_ALONE" -> String.format(Locale.ROOT, "not decisive alone (switch at %s, %+.1f): %s", num(l.switchPoint()), l.shift(), l.reason());
            default -> "no vote";
        };
    }

    static void histogram(PrintWriter out, List<Integer> counts) {
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        double width = 100.0 / counts.size();
        for (int i = 0; i < counts.size(); i++) {
            int c = counts.get(i);
            int len = max == 0 ? 0 : (int) Math.round((double) c * BAR / max);
            if (c > 0 && len == 0) len = 1;
            out.printf(Locale.ROOT, "  %3.0f-%-3.0f |%-" + BAR + "s %,d%n", i * width, (i + 1) * width, "#".repeat(len), c);
        }
    }

    static String pct(Double share) {
        if (share == null) return "-";
        if (share > 0 && share < 0.001) return "<0.1%";
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String num(Double x) { return x == null ? "-" : String.format(Locale.ROOT, "%.1f", x); }
}
