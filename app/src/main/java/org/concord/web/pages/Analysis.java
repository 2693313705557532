package org.concord.web.pages;

import org.concord.access.AccessService;
import org.concord.access.model.ActionKind;
import org.concord.intel.Impact;
import org.concord.intel.Likelihood;
import org.concord.intel.RiskData;
import org.concord.intel.RiskService;
import org.concord.options.ItemOptions;
import org.concord.options.OptionService;
import org.concord.procedure.model.ItemId;
import org.concord.register.model.MissionId;
import org.concord.shared.Principal;
import org.concord.web.pages.Pages.Choice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The analysis shown beside an item or a mission: its options side by side with their forecasts and chart, the risks
 * attached to it, and the form analysts record a risk with. Built per page view, never for the live board's polls.
 *
 * @param options   the item's options with their forecasts, or null on a mission page
 * @param chart     the options chart (SVG), or empty
 * @param risks     the risks the viewer may see
 * @param riskForm  the form to record a risk, or null when the viewer may not
 */
public record Analysis(ItemOptions options, String chart, List<RiskRow> risks, RiskForm riskForm) {

    /** One option row, formatted. */
    public List<OptionRow> optionRows() {
        if (options == null) return List.of();
        return options.options().stream().map(o -> new OptionRow(o.key(), o.label(), String.format(Locale.ROOT, "%.0f", o.point()),
                String.format(Locale.ROOT, "%.0f%%", 100 * o.probability()), o.measure(),
                o.blockers().isEmpty() ? "none forecast" : String.join(", ", o.blockers()),
                o.rejecting().stream().filter(r -> !r.likely()).limit(6)
                        .map(r -> r.actor() + String.format(Locale.ROOT, " %.0f%%", 100 * r.share())).reduce((a, b) -> a + ", " + b).orElse(""),
                o.acceptedByAll(), o.closest(), o.description(), o.classification())).toList();
    }

    /** An option as its table row shows it: {@code mayReject} lists members rejecting it in some draws but under half. */
    public record OptionRow(String key, String label, String point, String probability, String measure, String blockers, String mayReject,
                            boolean acceptedByAll, boolean closest, String description, String classification) {}

    /** A risk as listed. */
    public record RiskRow(long id, String attachedTo, String what, String where, String condition, String assessedBy, String grade,
                          String likelihood, String impact, String assessedOn, String quote, String classification) {

        static RiskRow of(RiskData r) {
            Likelihood l = Likelihood.valueOf(r.likelihood());
            Impact i = Impact.valueOf(r.impact());
            String on = r.mission() != null ? "mission " + r.mission() : r.option() != null ? "option " + r.option() : "item " + r.item();
            return new RiskRow(r.id(), on, r.what(), r.where(), Display.text(r.condition()), r.assessedBy(), r.grade(),
                    l.words() + " (" + l.range() + ")", i.rank() + "/5 " + i.name().toLowerCase(Locale.ROOT), r.assessedOn(),
                    r.quote(), r.classification());
        }
    }

    /** The risk form: where it posts, what it may be attached to, the scales. */
    public record RiskForm(String action, String csrf, List<Choice> targets, List<Choice> grades, List<Choice> likelihoods, List<Choice> impacts,
                           List<Choice> markings, String today, java.util.Map<String, String> sent) {

        /** Whether a refused risk is shown again (the form then stands open). */
        public boolean refused() { return !sent.isEmpty(); }

        /** What the refused risk sent in {@code field}, or null. */
        public String sent(String field) { return sent.get(field); }

        /** Whether {@code c} is chosen: as the refused risk sent {@code field}, else as the form's default. */
        public boolean selected(String field, Choice c) {
            String v = sent.get(field);
            return v == null ? c.selected() : v.equals(c.value());
        }
    }

    /** The same analysis with a refused risk's fields in its form, so that the refusal loses no input. */
    Analysis withRefusedRisk(java.util.Map<String, String> sent) {
        if (riskForm == null) return this;
        RiskForm f = riskForm;
        return new Analysis(options, chart, risks, new RiskForm(f.action(), f.csrf(), f.targets(), f.grades(), f.likelihoods(), f.impacts(),
                f.markings(), f.today(), sent));
    }

    /** Builds the analysis of items and missions as the viewer may see them. */
    static final class Builder {
        private final OptionService options;
        private final RiskService risks;
        private final AccessService access;
        private final Clock clock;

        Builder(OptionService options, RiskService risks, AccessService access, Clock clock) {
            this.options = options;
            this.risks = risks;
            this.access = access;
            this.clock = clock;
        }

        Analysis ofItem(Principal who, Viewer viewer, ItemId id) {
            ItemOptions o = options.options(who, id);
            List<RiskRow> rows = risks.list(who, new RiskService.Query(Optional.empty(), Optional.of(id))).stream().map(RiskRow::of).toList();
            List<Choice> targets = new ArrayList<>();
            targets.add(new Choice("", "this item", true));
            o.options().forEach(x -> targets.add(new Choice(x.key(), "the option " + x.label(), false)));
            return new Analysis(o, OptionsChart.svg(o), rows, form(who, viewer, "/items/" + id.value() + "/risks", targets));
        }

        Analysis ofMission(Principal who, Viewer viewer, MissionId id) {
            List<RiskRow> rows = risks.list(who, new RiskService.Query(Optional.of(id), Optional.empty())).stream().map(RiskRow::of).toList();
            return new Analysis(null, "", rows, form(who, viewer, "/missions/" + id.value() + "/risks", List.of(new Choice("", "this mission", true))));
        }

        private RiskForm form(Principal who, Viewer viewer, String action, List<Choice> targets) {
            if (!access.allows(who, ActionKind.RECORD_STANCE, Optional.empty())) return null;
            List<Choice> grades = new ArrayList<>();
            for (char r = 'A'; r <= 'F'; r++) for (int c = 1; c <= 6; c++) grades.add(new Choice("" + r + c, "" + r + c, r == 'B' && c == 3));
            List<Choice> likelihoods = Arrays.stream(Likelihood.values())
                    .map(l -> new Choice(l.name(), l.words() + " (" + l.range() + ")", l == Likelihood.REALISTIC_POSSIBILITY)).toList();
            List<Choice> impacts = Arrays.stream(Impact.values())
                    .map(i -> new Choice(i.name(), i.rank() + " " + i.meaning(), i == Impact.MODERATE)).toList();
            List<Choice> markings = List.of("NATO UNCLASSIFIED", "PUBLIC", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET").stream()
                    .map(m -> new Choice(m, m, m.equals("NATO UNCLASSIFIED"))).toList();
            return new RiskForm(action, viewer.csrf(), targets, grades, likelihoods, impacts, markings, LocalDate.now(clock).toString(), java.util.Map.of());
        }
    }
}
