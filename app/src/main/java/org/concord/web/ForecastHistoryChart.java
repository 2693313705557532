package org.concord.web;

import java.util.List;
import java.util.Locale;

import org.concord.forecast.application.ForecastService;

/**
 * An issue's forecast history as a chart: the odds (left axis, 0-100 %) and the headline median with its 90 % band
 * (right axis, the 0-100 scale) on each day a stance arrived. Plain SVG with presentation attributes only, like
 * {@link ForecastChart}, so it renders under the server's Content-Security-Policy.
 */
public final class ForecastHistoryChart {
    private static final int W = 720, H = 360, LEFT = 60, RIGHT = 60, TOP = 60, BOTTOM = 60;

    private ForecastHistoryChart() {}

    /**
     * @param title  the chart's title, e.g. the title
     * @param points the history, oldest first, at least one
     */
    public static String svg(String title, List<ForecastService.HistoryPoint> points) {
        if (points.isEmpty()) throw new IllegalArgumentException("a history chart needs at least one point");
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n");
        String measure = points.stream().map(ForecastService.HistoryPoint::measure).filter(m -> m != null).findFirst().orElse("no odds");
        // The text alternative a screen reader announces when the chart is opened or embedded on its own.
        StringBuilder alt = new StringBuilder("Forecast history: " + title + ": " + measure + " and the median, as stances arrived");
        for (ForecastService.HistoryPoint p : points)
            alt.append("; ").append(p.asOf()).append(' ').append(p.probability() == null ? "no odds" : String.format(Locale.ROOT, "%.1f%%", 100 * p.probability()))
                    .append(", median ").append(p.median() == null ? "none" : String.format(Locale.ROOT, "%.1f", p.median()));
        s.append("<title>").append(escape(alt.toString())).append("</title>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(s, LEFT, 22, "Forecast history: " + title, 15, "start", "black");
        text(s, LEFT, 42, measure + " (red, left axis) and the median with its 90 % band (blue, right axis), as stances arrived", 12, "start", "black");
        int plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM, base = TOP + plotH;
        int n = points.size();
        double step = n == 1 ? 0 : (double) plotW / (n - 1);
        for (int i = 0; i < n; i++) {
            ForecastService.HistoryPoint p = points.get(i);
            double x = LEFT + (n == 1 ? plotW / 2.0 : i * step);
            if (p.p5() != null)
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#9ecae1\" stroke-width=\"8\"/>%n",
                        x, y(p.p5(), plotH), x, y(p.p95(), plotH)));
            text(s, x, base + 18, p.asOf(), 10, "middle", "black");
            text(s, x, base + 32, p.stances() + " st.", 10, "middle", "#555555");
        }
        polyline(s, points, true, step, plotW, plotH, "#08306b");
        polyline(s, points, false, step, plotW, plotH, "#a50f15");
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, base, LEFT + plotW, base));
        for (int v = 0; v <= 100; v += 25) {
            double yy = y(v, plotH);
            text(s, LEFT - 6, yy + 4, v + "%", 10, "end", "#a50f15");
            text(s, LEFT + plotW + 6, yy + 4, Integer.toString(v), 10, "start", "#08306b");
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n", LEFT, yy, LEFT + plotW, yy));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static double y(double v, int plotH) { return TOP + plotH - Math.max(0, Math.min(100, v)) / 100 * plotH; }

    private static void polyline(StringBuilder s, List<ForecastService.HistoryPoint> points, boolean median, double step, int plotW, int plotH, String colour) {
        StringBuilder pts = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            Double v = median ? points.get(i).median() : points.get(i).probability() == null ? null : 100 * points.get(i).probability();
            if (v == null) continue;
            double x = LEFT + (n == 1 ? plotW / 2.0 : i * step);
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(v, plotH)));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y(v, plotH), colour));
        }
        if (!pts.isEmpty())
            s.append("<polyline points=\"").append(pts.toString().strip()).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>\n");
    }

    private static void text(StringBuilder s, double x, double y, String t, int size, String anchor, String colour) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" fill=\"%s\">%s</text>%n",
                x, y, size, anchor, colour, escape(t)));
    }

    private static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
