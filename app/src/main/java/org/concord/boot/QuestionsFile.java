package org.concord.boot;

import org.concord.forecast.application.IssueData;
import org.concord.intel.StanceData;
import org.concord.procedure.data.EffectRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The open questions shipped with a dataset: decision items with their public official positions, the forecasting
 * issues on them, the reported stances, the options of an item (points on its issue's scale) and the risks experts
 * warned of (format {@value #FORMAT}).
 */
public record QuestionsFile(String format, List<Item> items, List<IssueData> issues, List<Stance> stances,
                            List<org.concord.options.OptionData> options, List<org.concord.intel.RiskData> risks) {
    public static final String FORMAT = "concord-questions/1";

    public QuestionsFile {
        items = items == null ? List.of() : List.copyOf(items);
        issues = issues == null ? List.of() : List.copyOf(issues);
        stances = stances == null ? List.of() : List.copyOf(stances);
        options = options == null ? List.of() : List.copyOf(options);
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    /**
     * A decision item as the dataset records it; {@code positions} holds only official, public positions;
     * {@code classification} is its marking (default NATO UNCLASSIFIED).
     */
    public record Item(String id, String body, String proposer, String subject, String level, String raisedOn,
                       EffectRequest effect, String text, List<Map<String, Object>> positions, String note,
                       List<String> sources, String confidence, String classification) {}

    /**
     * A reported stance as the file writes it: the allies it names ({@code actors}, usually one) or a {@code group}, and
     * the Admiralty grade in two fields.
     *
     * @param reliability A-F
     * @param credibility 1-6
     */
    public record Stance(String issue, List<String> actors, String group, String reportedOn, String source, String reliability,
                         Integer credibility, String gradeNote, Double position, String quote, String note, List<String> sources) {

        /** One stance per ally named, or one for the group when none is. */
        public List<StanceData> toData() {
            String grade = reliability == null || credibility == null ? null : reliability + credibility;
            List<String> named = actors == null ? List.of() : actors;
            List<StanceData> out = new ArrayList<>();
            for (String actor : named)
                out.add(new StanceData(null, issue, actor, group, reportedOn, source, grade, gradeNote, position, quote, note, sources));
            if (named.isEmpty())
                out.add(new StanceData(null, issue, null, group, reportedOn, source, grade, gradeNote, position, quote, note, sources));
            return out;
        }
    }
}
