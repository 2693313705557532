package org.concord.web;

import org.concord.forecast.application.ForecastData;

import java.util.List;
import java.util.Locale;

/**
 * A stored forecast as a chart: the outcome histogram over the 0-100 scale, the 50 % and 90 % bands, the median, and
 * where the status quo and the proposal stand. Plain SVG with presentation attributes only, so it renders under the
 * server's Content-Security-Policy (no scripts, no inline styles).
 */
final class ForecastChart {
    /** The response type of the chart route, for the OpenAPI document. */
    record Svg() {}

    private static final int W = 720, H = 360, LEFT = 50, RIGHT = 20, TOP = 60, BOTTOM = 60;

    private ForecastChart() {}

    static String svg(ForecastData f) {
        var r = f.results();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n");
        int opened = s.length();
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        String title = "Forecast " + f.id() + ": " + f.inputs().issue().title();
        text(s, LEFT, 22, title, 15, "bold", "start");
        String sub = f.model() + " model, " + String.format(Locale.ROOT, "%,d", f.runs()) + " runs, seed " + f.seed();
        if (r.proposalPasses() != null)
            sub += String.format(Locale.ROOT, "  |  P(passes as written) %.1f%%, P(status quo) %.1f%%, P(compromise) %.1f%%",
                    100 * r.proposalPasses(), 100 * r.statusQuoHolds(), 100 * r.compromise());
        else if (r.statusQuoHolds() != null)
            sub += String.format(Locale.ROOT, "  |  the proposal is the status quo: P(status quo holds) %.1f%%", 100 * r.statusQuoHolds());
        if ("SKIPPED".equals(r.status())) sub += "  |  skipped: " + r.reason();
        text(s, LEFT, 42, sub, 12, "normal", "start");
        // The text alternative a screen reader announces when the chart is opened or embedded on its own.
        String median = r.outcome() == null ? "" : ";  outcome median " + fmt(r.outcome().p50()) + ", 90% band " + fmt(r.outcome().p5())
                + " to " + fmt(r.outcome().p95());
        s.insert(opened, "<title>" + escape(title + ": " + sub.replace("  |  ", "; ") + median) + "</title>\n");
        int plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM, base = TOP + plotH;
        if (r.outcome() != null) {
            band(s, r.outcome().p5(), r.outcome().p95(), plotW, plotH, "#dbe9f6");
            band(s, r.outcome().p25(), r.outcome().p75(), plotW, plotH, "#9ecae1");
        }
        List<Integer> bins = r.histogram() == null ? List.of() : r.histogram();
        int max = bins.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int i = 0; i < bins.size() && max > 0; i++) {
            double bw = (double) plotW / bins.size();
            double h = (double) bins.get(i) / max * (plotH - 10);
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3182bd\"/>%n",
                    LEFT + i * bw + 1, base - h, bw - 2, h));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, base, LEFT + plotW, base));
        for (int v = 0; v <= 100; v += 10) {
            double x = LEFT + v / 100.0 * plotW;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n", x, base, x, base + 5));
            text(s, x, base + 18, Integer.toString(v), 11, "normal", "middle");
        }
        var scale = f.inputs().issue();
        text(s, LEFT, H - 14, "0 = " + scale.scale0(), 11, "normal", "start");
        text(s, LEFT + plotW, H - 2, "100 = " + scale.scale100(), 11, "normal", "end");
        if (r.outcome() != null) marker(s, r.outcome().p50(), plotW, plotH, "#08306b", "median " + fmt(r.outcome().p50()), 0);
        if (r.calibrated() != null) {
            // The calibrated 90 % band (input uncertainty and the model's own past error) as a bracket under the plot's top.
            double lo = LEFT + r.calibrated().p5() / 100 * plotW, hi = LEFT + r.calibrated().p95() / 100 * plotW, y = TOP + plotH - 6;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#54278f\" stroke-width=\"3\"/>%n",
                    lo, y, hi, y));
            text(s, LEFT + plotW, TOP - 4, "calibrated 90% band " + fmt(r.calibrated().p5()) + "-" + fmt(r.calibrated().p95())
                    + " (purple): model error learned on past cases", 10, "normal", "end", "#54278f");
        }
        if (scale.statusQuo() != null) marker(s, scale.statusQuo(), plotW, plotH, "#a50f15", "status quo", 14);
        if (scale.proposal() != null) marker(s, scale.proposal(), plotW, plotH, "#e6550d", "proposal", 28);
        s.append("</svg>\n");
        return s.toString();
    }

    private static void band(StringBuilder s, double lo, double hi, int plotW, int plotH, String fill) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                LEFT + lo / 100 * plotW, TOP, Math.max(1, (hi - lo) / 100 * plotW), plotH, fill));
    }

    private static void marker(StringBuilder s, double v, int plotW, int plotH, String colour, String label, int dy) {
        double x = LEFT + Math.max(0, Math.min(100, v)) / 100 * plotW;
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"5,3\"/>%n",
                x, TOP, x, TOP + plotH, colour));
        text(s, x + (v > 80 ? -4 : 4), TOP + 12 + dy, label, 11, "normal", v > 80 ? "end" : "start", colour);
    }

    private static void text(StringBuilder s, double x, double y, String t, int size, String weight, String anchor) {
        text(s, x, y, t, size, weight, anchor, "black");
    }

    private static void text(StringBuilder s, double x, double y, String t, int size, String weight, String anchor, String colour) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" text-anchor=\"%s\" fill=\"%s\">%s</text>%n",
                x, y, size, weight, anchor, colour, escape(t)));
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
