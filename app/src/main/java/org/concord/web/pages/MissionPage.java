package org.concord.web.pages;

import org.concord.register.data.MissionData;
import org.concord.register.data.StrengthData;

import java.util.ArrayList;
import java.util.List;

/**
 * One mission as its page shows it, with its strength series laid out as bars of an SVG chart.
 *
 * @param chart the bar chart's geometry, or null when no figure was recorded
 */
public record MissionPage(Viewer viewer, String id, String name, String acronym, String status, String coreTask, String legalBasis, String area,
                          String hostNation, String start, String end, String leadNations, String contributors, String note,
                          List<StrengthRow> strength, Chart chart, List<String> sources, String confidence, List<ItemRef> items, String asOf,
                          List<ContributionRow> contributions, ReviewsPart reviews, Analysis analysis) {

    /** The same page with the risks attached to the mission. */
    MissionPage withAnalysis(Analysis a) {
        return new MissionPage(viewer, id, name, acronym, status, coreTask, legalBasis, area, hostNation, start, end, leadNations, contributors,
                note, strength, chart, sources, confidence, items, asOf, contributions, reviews, a);
    }

    /** A named nation's personnel on a date. */
    public record ContributionRow(String nation, String personnel, String date, String sources) {}

    /** A decision item that changed or proposes to change the mission. */
    public record ItemRef(String id, String subject, String status, String effect) {}

    public record StrengthRow(String date, String actual, String authorised, String qualifier, String sources) {}

    /** An SVG bar chart: {@code width} x {@code height}, bars already scaled, axis at {@code baseline}. */
    public record Chart(int width, int height, int baseline, int left, int right, String max, List<Bar> bars) {}

    /** One bar: its rectangle, its value label above it and its date label below the axis. */
    public record Bar(String x, String y, String w, String h, String labelX, String valueY, String value, String date) {}

    private static final int W = 720, H = 300, LEFT = 50, RIGHT = 20, TOP = 30, BOTTOM = 50;

    static MissionPage of(Viewer viewer, MissionData m, List<ItemRef> items, String asOf, ReviewsPart reviews) {
        List<StrengthData> series = m.strength() == null ? List.of() : m.strength();
        return new MissionPage(viewer, m.id(), m.name(), Display.text(m.acronym()), m.status(), Display.text(m.coreTask()), Display.text(m.legalBasis()),
                Display.text(m.area()), Display.text(m.hostNation()), Display.text(m.start()), Display.text(m.end()),
                Display.list(m.leadNations()), Display.list(m.contributors()), m.note(),
                series.stream().map(s -> new StrengthRow(s.date(), Display.text(s.actual()), Display.text(s.authorised()),
                        Display.text(s.qualifier()), Display.list(s.sources()))).toList(),
                chart(series), m.sources() == null ? List.of() : m.sources(), Display.text(m.confidence()), items, asOf,
                m.contributions() == null ? List.of() : m.contributions().stream().map(c -> new ContributionRow(c.nation(),
                        (c.qualifier() == null ? "" : c.qualifier().equals("OVER") ? "more than " : c.qualifier().equals("UNDER") ? "under " : "about ")
                                + String.format(java.util.Locale.ROOT, "%,d", c.personnel()), c.date(), Display.list(c.sources()) + " (" + Display.text(c.confidence()) + ")")).toList(),
                reviews, null);
    }

    /** Bars of the actual strength (the authorised figure where no actual one was recorded). */
    static Chart chart(List<StrengthData> series) {
        List<StrengthData> points = series.stream().filter(s -> figure(s) != null).toList();
        if (points.isEmpty()) return null;
        int max = points.stream().mapToInt(MissionPage::figure).max().orElse(0);
        int plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM, base = TOP + plotH;
        double slot = (double) plotW / points.size();
        double barW = Math.max(2, slot * 0.7);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int v = figure(points.get(i));
            double h = max == 0 ? 0 : (double) v / max * plotH;
            double x = LEFT + i * slot + (slot - barW) / 2;
            bars.add(new Bar(f(x), f(base - h), f(barW), f(h), f(x + barW / 2), f(base - h - 4), Integer.toString(v), points.get(i).date()));
        }
        return new Chart(W, H, base, LEFT, W - RIGHT, Integer.toString(max), bars);
    }

    private static Integer figure(StrengthData s) { return s.actual() != null ? s.actual() : s.authorised(); }

    private static String f(double v) { return String.format(java.util.Locale.ROOT, "%.1f", v); }
}
