package org.concord.web.pages;

import org.concord.options.ItemOptions;

import java.util.Locale;

/**
 * An item's options side by side as a small chart: one row per option, its point on the 0-100 scale (a dot,
 * with the status quo and the proposer marked on the axis) and its P(passes) as a bar. Plain SVG with presentation
 * attributes only, so it renders under the desk's Content-Security-Policy; every label is text too (the table beside
 * it carries the same figures).
 */
final class OptionsChart {
    private static final int W = 640, ROW = 34, TOP = 34, LEFT = 12, SCALE_W = 330, GAP = 40, BAR_W = 200;

    private OptionsChart() {}

    /** The chart, or an empty string when the item has no option the reader may see. */
    static String svg(ItemOptions o) {
        if (o.options().isEmpty()) return "";
        int h = TOP + o.options().size() * ROW + 56;
        int barX = LEFT + SCALE_W + GAP;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg id=\"options-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"%s\">%n", W, h, W, h,
                esc("Options of " + o.item() + ": position on the scale and P(passes)")));
        text(s, LEFT, 14, "Position on the scale (0-100)", "start", "bold");
        text(s, barX, 14, "Forecast (table: what each % is)", "start", "bold");
        int axis = TOP + o.options().size() * ROW;
        line(s, LEFT, axis, LEFT + SCALE_W, axis, "#333");
        for (int v = 0; v <= 100; v += 25) {
            double x = LEFT + v / 100.0 * SCALE_W;
            line(s, x, axis, x, axis + 4, "#333");
            text(s, x, axis + 15, Integer.toString(v), "middle", "normal");
        }
        if (o.statusQuo() != null) marker(s, o.statusQuo(), TOP - 8, axis, "#a50f15", "status quo");
        if (o.proposerIdeal() != null) marker(s, o.proposerIdeal(), TOP - 8, axis, "#e6550d", o.proposer());
        for (int i = 0; i < o.options().size(); i++) {
            var f = o.options().get(i);
            int y = TOP + i * ROW + ROW / 2;
            line(s, LEFT, y, LEFT + SCALE_W, y, "#d9d9d9");
            double x = LEFT + f.point() / 100 * SCALE_W;
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"%s\" stroke=\"#08306b\"/>%n", x, y,
                    f.closest() ? "#08306b" : "#ffffff"));
            text(s, Math.min(x + 9, LEFT + SCALE_W - 2), y - 8, f.label() + (f.closest() ? " (closest accepted)" : ""),
                    x > LEFT + SCALE_W * 0.6 ? "end" : "start", f.closest() ? "bold" : "normal");
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"#eeeeee\"/>%n", barX, y - 7, BAR_W));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"#3182bd\"/>%n", barX, y - 7,
                    Math.max(0.5, f.probability() * BAR_W)));
            text(s, barX + BAR_W + 6, y + 4, String.format(Locale.ROOT, "%.0f%%", 100 * f.probability()), "start", "normal");
        }
        text(s, LEFT, h - 6, "0 = " + shorten(o.scale0()), "start", "normal");
        s.append("</svg>\n");
        return s.toString();
    }

    private static String shorten(String t) { return t == null ? "" : t.length() > 95 ? t.substring(0, 94) + "…" : t; }

    private static void marker(StringBuilder s, double v, int top, int bottom, String colour, String label) {
        double x = LEFT + v / 100 * SCALE_W;
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"4,3\"/>%n", x, top, x, bottom, colour));
        text(s, x, bottom + 28, label, v > 80 ? "end" : v < 20 ? "start" : "middle", "normal", colour);
    }

    private static void line(StringBuilder s, double x1, double y1, double x2, double y2, String colour) {
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n", x1, y1, x2, y2, colour));
    }

    private static void text(StringBuilder s, double x, double y, String t, String anchor, String weight) {
        text(s, x, y, t, anchor, weight, "#000000");
    }

    private static void text(StringBuilder s, double x, double y, String t, String anchor, String weight, String colour) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\" fill=\"%s\">%s</text>%n",
                x, y, anchor, weight, colour, esc(t)));
    }

    static String esc(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
