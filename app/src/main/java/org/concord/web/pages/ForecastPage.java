package org.concord.web.pages;

import org.concord.forecast.application.ForecastData;

import java.util.List;

/** A stored forecast's key numbers; the chart itself is the API's SVG at {@code chartUrl}. */
public record ForecastPage(Viewer viewer, long id, String issue, String issueTitle, String scale0, String scale100, String statusQuo, String proposal,
                           String model, String modelVersion, int runs, long seed, String at, String by, String asOf, String status,
                           String reason, String proposalPasses, String statusQuoHolds, String compromise, String p5, String median,
                           String p95, List<Pivotal> pivotal, String chartUrl, String setter, List<ForecastDesk.ActorRow> actors,
                           List<String> levers, List<ForecastDesk.Mark> line) {

    public record Pivotal(String actor, String share) {}

    private static List<ForecastDesk.Mark> line(org.concord.forecast.application.IssueData issue, List<org.concord.forecast.application.ActorData> actors,
                                                ForecastData.DistributionData outcome) {
        List<ForecastDesk.Mark> marks = new java.util.ArrayList<>();
        marks.add(new ForecastDesk.Mark("status quo", ForecastDesk.x(issue.statusQuo()), 0, "sq"));
        marks.add(new ForecastDesk.Mark("proposal", ForecastDesk.x(issue.proposal()), 0, "proposal"));
        if (outcome != null) marks.add(new ForecastDesk.Mark("median outcome", ForecastDesk.x(outcome.p50()), 0, "median"));
        int row = 1;
        if (actors != null) for (var a : actors.stream().sorted(java.util.Comparator.comparingDouble(org.concord.forecast.application.ActorData::position)).toList())
            marks.add(new ForecastDesk.Mark(a.actor(), ForecastDesk.x(a.position()), 1 + (row++ % 4), a.flaggedNoReport() ? "guess" : "actor"));
        return marks;
    }

    static ForecastPage of(Viewer viewer, ForecastData f) {
        var r = f.results();
        var o = r.outcome();
        var issue = f.inputs().issue();
        return new ForecastPage(viewer, f.id(), f.issue(), issue.title(), issue.scale0(), issue.scale100(), Display.number(issue.statusQuo()),
                Display.number(issue.proposal()), f.model(), f.modelVersion(), f.runs(), f.seed(), Display.instant(f.at()), f.by(),
                f.inputs().asOf(), r.status(), r.reason(), Display.percent(r.proposalPasses()), Display.percent(r.statusQuoHolds()),
                Display.percent(r.compromise()), o == null ? Display.NONE : Display.number(o.p5()), o == null ? Display.NONE : Display.number(o.p50()),
                o == null ? Display.NONE : Display.number(o.p95()),
                r.pivotal() == null ? List.of() : r.pivotal().stream().map(p -> new Pivotal(p.actor(), Display.percent(p.share()))).toList(),
                "/api/v1/forecasts/" + f.id() + "/chart.svg",
                r.setterPoint() == null ? Display.NONE : Display.number(r.setterPoint().p50()) + " (5-95 %: " + Display.number(r.setterPoint().p5()) + " to " + Display.number(r.setterPoint().p95()) + ")",
                f.inputs().actors() == null ? List.of() : f.inputs().actors().stream().map(a -> new ForecastDesk.ActorRow(a.actor(), Display.number(a.position()),
                        Display.number(a.sd()), Integer.toString(a.reports()), Display.number(a.salience()), Display.number(a.capability()), a.flaggedNoReport())).toList(),
                r.levers() == null ? List.of() : r.levers().stream().map(l -> l.actor() + ": " + Labels.words(l.kind())
                        + (l.effect() == null ? "" : ", " + Labels.words(l.effect())) + (l.shift() == null ? "" : ", by moving " + Display.number(l.shift()))
                        + (l.reason() == null ? "" : " (" + l.reason() + ")")).toList(),
                line(issue, f.inputs().actors(), o));
    }
}
