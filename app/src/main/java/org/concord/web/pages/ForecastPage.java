package org.concord.web.pages;

import org.concord.forecast.application.ForecastData;

import java.util.List;

/** A stored forecast's key numbers; the chart itself is the API's SVG at {@code chartUrl}. */
public record ForecastPage(Viewer viewer, long id, String issue, String issueTitle, String scale0, String scale100, String statusQuo, String proposal,
                           String model, String modelVersion, int runs, long seed, String at, String by, String asOf, String status,
                           String reason, String proposalPasses, String statusQuoHolds, String compromise, String p5, String median,
                           String p95, List<Pivotal> pivotal, String chartUrl) {

    public record Pivotal(String actor, String share) {}

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
                "/api/v1/forecasts/" + f.id() + "/chart.svg");
    }
}
