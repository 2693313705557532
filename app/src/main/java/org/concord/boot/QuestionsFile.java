package org.concord.boot;

import org.concord.procedure.data.EffectData;

import java.util.List;
import java.util.Map;

/**
 * The open questions shipped with a dataset: decision items with their public official positions, the forecasting
 * issues on them and the reported stances (format {@value #FORMAT}).
 */
public record QuestionsFile(String format, List<Item> items, List<Map<String, Object>> issues, List<Map<String, Object>> stances) {
    public static final String FORMAT = "concord-questions/1";

    /** A decision item as the dataset records it; {@code positions} holds only official, public positions. */
    public record Item(String id, String body, String proposer, String subject, String level, String raisedOn,
                       EffectData effect, String text, List<Map<String, Object>> positions, String note,
                       List<String> sources, String confidence) {}
}
