package org.concord.web.pages;

import org.concord.forecast.application.ActorData;
import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.IssueData;
import org.concord.forecast.application.ModelComparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A stored forecast's key numbers; the chart itself is the API's SVG at {@code chartUrl}.
 *
 * @param line        the marks of the 0-100 line: status quo, proposal, median outcome, setter point, every actor
 * @param winSet      the win-set of the central scenario in words, or a dash
 * @param winSetBand  where the line draws the win-set, null when there is none
 * @param comparison  every offered model on the same inputs
 * @param defaultNote which model is the default for the issue's rule, and why
 * @param analyst     whether the reader may run forecasts (the page offers to run the other models)
 */
public record ForecastPage(Viewer viewer, long id, String issue, String issueTitle, String scale0, String scale100, String statusQuo, String proposal,
                           String model, String modelVersion, int runs, long seed, String at, String by, String asOf, String status,
                           String reason, String proposalPasses, String statusQuoHolds, String compromise, String p5, String median,
                           String p95, List<Pivotal> pivotal, String chartUrl, String setter, List<ForecastDesk.ActorRow> actors,
                           List<String> levers, List<ForecastDesk.Mark> line, String winSet, Band winSetBand, List<ModelRow> comparison,
                           String defaultNote, boolean analyst) {

    public record Pivotal(String actor, String share) {}

    /** A stretch of the 0-100 line in the SVG's units. */
    public record Band(String x, String width) {}

    /**
     * One model of the comparison: its point in the central scenario, and the odds and bands of its newest stored
     * forecast on the same inputs (a dash when none was run).
     *
     * @param shown whether it is the model of the forecast on this page
     */
    public record ModelRow(String model, boolean isDefault, boolean shown, String obeysRule, String point, String passes, String holds,
                           String band, String forecast, Long forecastId, String rationale) {}

    private static List<ForecastDesk.Mark> line(IssueData issue, List<ActorData> actors, ForecastData.Results r) {
        List<ForecastDesk.Mark> marks = new ArrayList<>();
        marks.add(new ForecastDesk.Mark("status quo", ForecastDesk.x(issue.statusQuo()), 0, "sq"));
        marks.add(new ForecastDesk.Mark("proposal", ForecastDesk.x(issue.proposal()), 0, "proposal"));
        if (r.outcome() != null) marks.add(new ForecastDesk.Mark("median outcome", ForecastDesk.x(r.outcome().p50()), 0, "median"));
        if (r.setterPoint() != null) marks.add(new ForecastDesk.Mark("setter point", ForecastDesk.x(r.setterPoint().p50()), 0, "setter"));
        int row = 1;
        if (actors != null) for (var a : actors.stream().sorted(Comparator.comparingDouble(ActorData::position)).toList())
            marks.add(new ForecastDesk.Mark(a.actor(), ForecastDesk.x(a.position()), 1 + (row++ % 4), a.flaggedNoReport() ? "guess" : "actor"));
        return marks;
    }

    static ForecastPage of(Viewer viewer, ForecastData f, ModelComparison c, boolean analyst) {
        var r = f.results();
        var o = r.outcome();
        var issue = f.inputs().issue();
        var w = c.winSet();
        String words = w == null ? Display.NONE : w.statusQuoOnly()
                ? "the status quo " + Display.number(w.statusQuo()) + " alone: nothing can pass (" + String.join(", ", w.boundedBy()) + " block every move)"
                : Display.number(w.low()) + " to " + Display.number(w.high()) + " (bounded by " + String.join(", ", w.boundedBy()) + ")";
        Band band = w == null ? null : new Band(ForecastDesk.x(w.low()), String.format(Locale.ROOT, "%.1f", Math.max(2, (w.high() - w.low()) * 6.8)));
        List<ModelRow> rows = c.models().stream().map(m -> new ModelRow(m.model(), m.isDefault(), m.model().equals(f.model()),
                m.obeysRule() ? "yes" : "no (a reference, never a headline)", Display.number(m.point()), Display.percent(m.passes()),
                Display.percent(m.holds()), m.band() == null ? Display.NONE : Display.number(m.band().p5()) + " / " + Display.number(m.band().p50())
                + " / " + Display.number(m.band().p95()), m.stored() == null ? "not run on these inputs" : "#" + m.stored() + ", " + m.runs() + " draws",
                m.stored(), m.rationale())).toList();
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
                line(issue, f.inputs().actors(), r), words, band, rows,
                c.defaultModel() + " is the default for the rule " + issue.rule() + ": " + c.defaultReason() + ".", analyst);
    }
}
